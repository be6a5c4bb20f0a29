import type { ItemKind } from '../domain/itinerary-item'

/** Word stems that name a kind of programme item, most specific first. */
const RULES: [RegExp, ItemKind][] = [
  [/подписан/i, 'signing'],
  [/переговор/i, 'talks'],
  [/мемориал|возложен|памятн/i, 'memorial'],
  [/пресс|брифинг|интервью|съёмк|съемк/i, 'press'],
  [/завтрак|обед|ужин|кофе-брейк/i, 'meal'],
  [/при[её]м\b|фуршет|банкет/i, 'reception'],
  [/трансфер|переезд|выезд в|кортеж/i, 'transfer'],
  [/прил[её]т|прибыти|встреча в аэропорту|встреча на вокзале/i, 'arrival'],
  [/вылет|отъезд|отбыти|убыти|проводы/i, 'departure'],
  [/размещени|заселени|гостиниц/i, 'accommodation'],
  [/конференц|форум|съезд|пленарн|круглый стол|семинар/i, 'conference'],
  [/экскурси/i, 'excursion'],
  [/театр|концерт|спектакл|музей|дворец|выставк/i, 'cultural'],
  [/посещени|осмотр|знакомств|ознакомлен/i, 'site-tour'],
  [/свободное время/i, 'free-time'],
  [/встреч|беседа|совещани/i, 'meeting'],
]

/** The most likely kind of an item from its title (a meeting when nothing matches). */
export function guessKind(title: string): ItemKind {
  for (const [pattern, kind] of RULES) if (pattern.test(title)) return kind
  return 'meeting'
}
