// Types for petrovich 0.2 (inflection of Russian first, middle and last names; MIT).
declare module 'petrovich' {
  type Gender = 'male' | 'female' | 'androgynous'
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional'
  interface Name {
    gender?: Gender
    first?: string
    middle?: string
    last?: string
  }
  interface Petrovich {
    (person: Name, gcase: Case): Name & { gender: Gender }
    detect_gender(middle: string): Gender
  }
  const petrovich: Petrovich
  export default petrovich
}
