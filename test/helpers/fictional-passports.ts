import type { Directory } from '../../shared/domain/directory'

/**
 * Passport data that is plainly invented (series 00 00, 'ОБРАЗЕЦ'), for the people of a visit:
 * what the access list prints in tests and on the screenshots looked at by eye.
 */
export function withFictionalPassports(directory: Directory, ids: string[]): Directory {
  return {
    ...directory,
    people: directory.people.map((p) => {
      const n = ids.indexOf(p.id)
      if (n < 0) return p
      const guest = p.side === 'guest'
      return {
        ...p,
        passport: {
          series: guest ? 'N' : '00 00',
          number: String(n + 1).padStart(guest ? 8 : 6, '0'),
          issuedBy: guest ? 'ОБРАЗЕЦ — МВД (вымышленное)' : 'ОБРАЗЕЦ — ГУ МВД (вымышленное)',
          issuedOn: '2020-01-01',
          expiresOn: '2030-01-01',
          birthDate: `19${70 + n}-0${(n % 9) + 1}-1${n % 10}`,
          birthPlace: guest ? 'г. Образцово (вымышленное)' : 'г. Примерск (вымышленное)',
          nationality: guest ? 'Казахстан' : 'Россия',
          registrationAddress: `ОБРАЗЕЦ: ул. Вымышленная, д. ${n + 1}`,
        },
      }
    }),
  }
}
