import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import { mealNeeds, withoutStay, withoutVehicle } from '../../../../shared/domain/logistics'
import { byPrecedence, type Person } from '../../../../shared/domain/people'
import {
  GIFT_DIRECTIONS,
  type Gift,
  type Stay,
  type Vehicle,
} from '../../../../shared/domain/registers'
import type { Visit } from '../../../../shared/domain/visit'
import {
  formatShortDate,
  isLocalDate,
  shiftDate,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { DateField } from '../../components/DateField'
import { TextField } from '../../components/TextField'
import { Button } from '../../components/Button'
import { TableHead } from '../../components/TableHead'
import { newId } from '../../components/new-entries'

export interface LogisticsTabProps {
  visit: Visit
  directory: Directory
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
}

const NONE = ''

type ListKey = 'gifts' | 'vehicles' | 'stays'

/** The visit's registers: gifts, the motorcade, hotel bookings, and needs at each meal. */
export function LogisticsTab({ visit, directory, update }: LogisticsTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const participants = directory.people
    .filter((p) => visit.participantIds.includes(p.id))
    .sort((a, b) => a.side.localeCompare(b.side) || byPrecedence(a, b))

  /** Changes one entry of a register; typing in one field of one entry is one undo step. */
  const patch = <K extends ListKey>(
    key: K,
    id: string,
    change: Partial<Visit[K][number]>,
    field: string,
  ) =>
    update(
      (v) => ({
        ...v,
        [key]: (v[key] as { id: string }[]).map((x) => (x.id === id ? { ...x, ...change } : x)),
      }),
      `${key}:${id}:${field}`,
    )
  const add = <K extends ListKey>(key: K, entry: Visit[K][number]) =>
    update((v) => ({ ...v, [key]: [...(v[key] as unknown[]), entry] }))
  const remove = (key: ListKey, id: string) =>
    update((v) => ({ ...v, [key]: (v[key] as { id: string }[]).filter((x) => x.id !== id) }))

  const peopleChecks = (
    selected: string[],
    onChange: (ids: string[]) => void,
    people: Person[],
    label: string,
  ) => (
    <fieldset className="checklist people-checks">
      <legend>{label}</legend>
      {people.map((p) => (
        <label key={p.id} className="check">
          <input
            type="checkbox"
            checked={selected.includes(p.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...selected, p.id] : selected.filter((x) => x !== p.id))
            }
          />
          <span>{p.fullName}</span>
        </label>
      ))}
    </fieldset>
  )

  const needs = mealNeeds(visit, directory)
  const noCar = withoutVehicle(visit, directory)
  const noHotel = withoutStay(visit, directory)

  return (
    <div className="logistics">
      <section className="register" aria-labelledby="reg-gifts">
        <div className="register-head">
          <h2 id="reg-gifts">{t('registers.gifts')}</h2>
          <Button
            small
            onClick={() =>
              add('gifts', {
                id: newId(),
                direction: 'given',
                description: t('registers.newGift'),
                quantity: 1,
              } satisfies Gift)
            }
          >
            + {t('registers.addGift')}
          </Button>
        </div>
        {visit.gifts.length === 0 ? <p className="muted">{t('registers.none')}</p> : null}
        {visit.gifts.length > 0 ? (
          <table className="table register-table">
            <TableHead
              columns={[
                t('registers.direction'),
                t('registers.description'),
                t('registers.quantity'),
                t('registers.from'),
                t('registers.to'),
                t('registers.atItem'),
              ]}
              actions
            />
            <tbody>
              {visit.gifts.map((g) => (
                <tr key={g.id}>
                  <td>
                    <select
                      className="cell-input"
                      aria-label={t('registers.direction')}
                      value={g.direction}
                      onChange={(e) =>
                        patch(
                          'gifts',
                          g.id,
                          { direction: e.target.value as Gift['direction'] },
                          'dir',
                        )
                      }
                    >
                      {GIFT_DIRECTIONS.map((d) => (
                        <option key={d} value={d}>
                          {t(`registers.giftDirection.${d}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      className="cell-input"
                      aria-label={t('registers.description')}
                      value={g.description}
                      maxLength={1000}
                      onChange={(e) =>
                        e.target.value.trim() &&
                        patch('gifts', g.id, { description: e.target.value }, 'desc')
                      }
                    />
                  </td>
                  <td>
                    <input
                      className="cell-input cell-number"
                      aria-label={t('registers.quantity')}
                      type="number"
                      min={1}
                      max={10000}
                      value={g.quantity}
                      onChange={(e) => {
                        const n = Number(e.target.value)
                        if (Number.isInteger(n) && n >= 1 && n <= 10_000)
                          patch('gifts', g.id, { quantity: n }, 'qty')
                      }}
                    />
                  </td>
                  {(['fromPersonId', 'toPersonId'] as const).map((field) => (
                    <td key={field}>
                      <select
                        className="cell-input"
                        aria-label={t(field === 'fromPersonId' ? 'registers.from' : 'registers.to')}
                        value={g[field] ?? NONE}
                        onChange={(e) =>
                          patch('gifts', g.id, { [field]: e.target.value || undefined }, field)
                        }
                      >
                        <option value={NONE}>{t('registers.nobody')}</option>
                        {participants.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.fullName}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                  <td>
                    <select
                      className="cell-input"
                      aria-label={t('registers.atItem')}
                      value={g.itemId ?? NONE}
                      onChange={(e) =>
                        patch('gifts', g.id, { itemId: e.target.value || undefined }, 'item')
                      }
                    >
                      <option value={NONE}>{t('registers.nobody')}</option>
                      {visit.items.map((i) => (
                        <option key={i.id} value={i.id}>
                          {formatShortDate(i.date, lang)} {i.start ?? ''} {i.title}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <Button
                      variant="quiet"
                      small
                      aria-label={`${t('registers.remove')}: ${g.description}`}
                      onClick={() => remove('gifts', g.id)}
                    >
                      {t('registers.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="register" aria-labelledby="reg-vehicles">
        <div className="register-head">
          <h2 id="reg-vehicles">{t('registers.vehicles')}</h2>
          <Button
            small
            onClick={() =>
              add('vehicles', {
                id: newId(),
                label: t('registers.newVehicle', { n: visit.vehicles.length + 1 }),
                passengerIds: [],
              } satisfies Vehicle)
            }
          >
            + {t('registers.addVehicle')}
          </Button>
        </div>
        <div className="register-cards">
          {visit.vehicles.map((v) => {
            const over = v.seats !== undefined && v.passengerIds.length > v.seats
            return (
              <div key={v.id} className="card register-card" data-testid="vehicle">
                <div className="form-grid">
                  <TextField
                    label={t('registers.vehicle')}
                    value={v.label}
                    onChange={(label) =>
                      label.trim() && patch('vehicles', v.id, { label }, 'label')
                    }
                  />
                  <TextField
                    label={t('registers.seats')}
                    value={v.seats === undefined ? '' : String(v.seats)}
                    inputMode="numeric"
                    onChange={(text) => {
                      const n = Number(text)
                      if (text === '') patch('vehicles', v.id, { seats: undefined }, 'seats')
                      else if (Number.isInteger(n) && n >= 1 && n <= 200)
                        patch('vehicles', v.id, { seats: n }, 'seats')
                    }}
                  />
                  <TextField
                    label={t('registers.driver')}
                    value={v.driver ?? ''}
                    onChange={(driver) =>
                      patch('vehicles', v.id, { driver: driver || undefined }, 'driver')
                    }
                  />
                  <TextField
                    label={t('registers.driverPhone')}
                    value={v.driverPhone ?? ''}
                    onChange={(driverPhone) =>
                      patch('vehicles', v.id, { driverPhone: driverPhone || undefined }, 'phone')
                    }
                  />
                </div>
                {peopleChecks(
                  v.passengerIds,
                  (passengerIds) => patch('vehicles', v.id, { passengerIds }, 'passengers'),
                  participants,
                  t('registers.passengers'),
                )}
                {over ? (
                  <p className="form-error" role="alert">
                    {t('registers.overCapacity')}
                  </p>
                ) : null}
                <Button
                  variant="quiet"
                  small
                  aria-label={`${t('registers.remove')}: ${v.label}`}
                  onClick={() => remove('vehicles', v.id)}
                >
                  {t('registers.remove')}
                </Button>
              </div>
            )
          })}
        </div>
        <p className="muted small">
          {t('registers.withoutVehicle')}:{' '}
          {noCar.length === 0 ? t('registers.allPlaced') : noCar.map((p) => p.fullName).join('; ')}
        </p>
      </section>

      <section className="register" aria-labelledby="reg-stays">
        <div className="register-head">
          <h2 id="reg-stays">{t('registers.stays')}</h2>
          <Button
            small
            onClick={() =>
              add('stays', {
                id: newId(),
                hotel: t('registers.newStay'),
                checkIn: visit.startDate,
                checkOut:
                  visit.endDate === visit.startDate ? shiftDate(visit.endDate, 1) : visit.endDate,
                personIds: [],
                confirmed: false,
              } satisfies Stay)
            }
          >
            + {t('registers.addStay')}
          </Button>
        </div>
        <div className="register-cards">
          {visit.stays.map((s) => (
            <div key={s.id} className="card register-card" data-testid="stay">
              <div className="form-grid">
                <TextField
                  label={t('registers.hotel')}
                  value={s.hotel}
                  onChange={(hotel) => hotel.trim() && patch('stays', s.id, { hotel }, 'hotel')}
                />
                <TextField
                  label={t('registers.roomType')}
                  value={s.roomType ?? ''}
                  onChange={(roomType) =>
                    patch('stays', s.id, { roomType: roomType || undefined }, 'room')
                  }
                />
                <DateField
                  label={t('registers.checkIn')}
                  value={s.checkIn}
                  onChange={(checkIn) =>
                    isLocalDate(checkIn) && patch('stays', s.id, { checkIn }, 'in')
                  }
                />
                <DateField
                  label={t('registers.checkOut')}
                  value={s.checkOut}
                  onChange={(checkOut) =>
                    isLocalDate(checkOut) && patch('stays', s.id, { checkOut }, 'out')
                  }
                />
              </div>
              <label className="check">
                <input
                  type="checkbox"
                  checked={s.confirmed}
                  onChange={(e) => patch('stays', s.id, { confirmed: e.target.checked }, 'ok')}
                />
                <span>{t('registers.confirmed')}</span>
              </label>
              {peopleChecks(
                s.personIds,
                (personIds) => patch('stays', s.id, { personIds }, 'people'),
                participants,
                t('registers.guests'),
              )}
              <Button
                variant="quiet"
                small
                aria-label={`${t('registers.remove')}: ${s.hotel}`}
                onClick={() => remove('stays', s.id)}
              >
                {t('registers.remove')}
              </Button>
            </div>
          ))}
        </div>
        {visit.direction === 'incoming' ? (
          <p className="muted small">
            {t('registers.withoutStay')}:{' '}
            {noHotel.length === 0
              ? t('registers.allPlaced')
              : noHotel.map((p) => p.fullName).join('; ')}
          </p>
        ) : null}
      </section>

      <section className="register" aria-labelledby="reg-dietary">
        <h2 id="reg-dietary">{t('registers.dietary')}</h2>
        {needs.every((n) => n.people.length === 0) ? (
          <p className="muted">{t('registers.dietaryEmpty')}</p>
        ) : (
          <ul className="meal-needs">
            {needs.map(({ item, people }) => (
              <li key={item.id}>
                <strong>
                  {formatShortDate(item.date, lang)} {item.start ?? ''} — {item.title}
                </strong>
                {people.length === 0 ? (
                  <span className="muted"> · {t('registers.nobody')}</span>
                ) : (
                  <ul>
                    {people.map(({ person, dietary, accessibility }) => (
                      <li key={person.id}>
                        {person.fullName}
                        {dietary ? ` — ${t('registers.diet')}: ${dietary}` : ''}
                        {accessibility
                          ? ` — ${t('registers.accessibility')}: ${accessibility}`
                          : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
