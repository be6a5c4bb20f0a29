import { Tabs } from 'radix-ui'
import { useTranslation } from 'react-i18next'
import { ARCHIVE_TABS, type ArchiveTab } from '../../app/useHashRoute'
import { ForeignContactsJournal } from './ForeignContactsJournal'
import { AgreementsRegister } from './AgreementsRegister'
import { ArchiveOverviewView } from './ArchiveOverviewView'
import { ArchiveSearchView } from './ArchiveSearchView'
import './archive.css'

export interface ArchivePageProps {
  tab: ArchiveTab
  onTab(tab: ArchiveTab): void
}

/** The archive: an overview, the search across everything, and the agreements register. */
export function ArchivePage({ tab, onTab }: ArchivePageProps) {
  const { t } = useTranslation()
  return (
    <div className="page archive-page">
      <header className="page-head">
        <h1>{t('archive.nav')}</h1>
      </header>
      <Tabs.Root value={tab} onValueChange={(v) => onTab(v as ArchiveTab)} className="tabs">
        <Tabs.List className="tab-list" aria-label={t('archive.nav')}>
          {ARCHIVE_TABS.map((key) => (
            <Tabs.Trigger key={key} value={key} className="tab">
              {t(`archive.tabs.${key}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="overview" className="tab-panel">
          {tab === 'overview' ? <ArchiveOverviewView /> : null}
        </Tabs.Content>
        <Tabs.Content value="search" className="tab-panel">
          {tab === 'search' ? <ArchiveSearchView /> : null}
        </Tabs.Content>
        <Tabs.Content value="agreements" className="tab-panel">
          {tab === 'agreements' ? <AgreementsRegister /> : null}
        </Tabs.Content>
        <Tabs.Content value="journal" className="tab-panel">
          {tab === 'journal' ? <ForeignContactsJournal /> : null}
        </Tabs.Content>
      </Tabs.Root>
    </div>
  )
}
