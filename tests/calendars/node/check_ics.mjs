// Parses each .ics file named on the command line with ical.js (Mozilla's parser, the one Thunderbird uses).
// Prints what it understood as JSON; exits 1 with a message when a file does not parse.
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'

const results = []
for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8')
  try {
    const calendar = new ICAL.Component(ICAL.parse(text))
    if (calendar.name !== 'vcalendar') throw new Error(`top component is ${calendar.name}, not vcalendar`)
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent)
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        sequence: event.sequence,
        status: vevent.getFirstPropertyValue('status'),
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        all_day: event.startDate.isDate,
        names: vevent.getAllProperties().map((property) => property.name),
      }
    })
    results.push({
      path,
      name: calendar.getFirstPropertyValue('x-wr-calname'),
      timezones: calendar.getAllSubcomponents('vtimezone').length,
      events,
    })
  } catch (error) {
    console.error(`ical.js cannot parse ${path}: ${error.message}`)
    process.exit(1)
  }
}
console.log(JSON.stringify(results))
