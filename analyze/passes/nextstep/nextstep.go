// Package nextstep finds whether the seller proposes a concrete next step at
// the end of the call, and with a time.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package nextstep

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// NextStep looks for the seller proposing a concrete next step at the end
// of the call.
var Analyzer = &analyze.Analyzer{
	Name: "nextstep",
	Doc: `Next step: whether the seller proposes a concrete next step in the last 20% of the call, and with a time.

The last 20% of a timed call is every sentence whose cue starts at or after
80% of the span from the first turn's start to the last turn's end (a long
final turn counts from the cue the sentence is in, not from the turn's
start); of an untimed call, every sentence with at least 80% of the call's
words before it. A seller-side sentence there proposes a next step when it
holds a phrase of next_step_cues: proposing a meeting ("let's schedule",
"can we set up", "can we do", "does Tuesday work", "would * work", "are you
free"), committing to an action ("I'll send", "I'll follow up", "I'll
ping", "loop in"), or naming the step ("next step", "start ... trial",
"send ... proposal"). A phrase right after "what", "how", "why", "else" or
"know" (a determiner between them skipped) is asked about, not proposed, and
does not count: "what else can we do for you", "how does it work", "I don't
know what the next step is". The customer's words never count.

A next step is dated when a time is named in its sentence or in the two
sentences before or after it, whoever says them (the customer's "Thursday
at 2 works"): a phrase of next_step_times (weekdays, "tomorrow", "next week",
"end of day", "in * weeks", month names...), "at" or "around" followed by an
hour in digits ("at 10") and then by nothing, minutes or a word that may
follow a time ("on", "works", "your", "eastern"...), not a noun ("at 5
seats"), an hour followed by am, pm or o'clock ("two pm",
"3pm"), an ordinal day ("the 15th") or a month followed by a day ("March
3"). A vague closing (vague_closings: "talk soon", "I'll let you go", "feel
free to reach out", "let me know if you have any questions"...) is not a next
step, unless its own sentence names a time ("talk to you on Friday"): then it
is a dated one.

next_step is 1 when a dated next step is found, 0.5 when only undated ones
are, 0 when none is. Each is a finding ("next-step") and tags its sentence
"next-step:dated" or "next-step". Without one, a whole-call finding
"no-next-step" says so, and the seller's last vague closing in the window, if
any, is a finding "vague-closing" tagged "vague-closing". n/a with one
speaker (even one labelled a seller: a next step is agreed with someone) and
when no seller is identified.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "next_step",
		Column: "Next step",
		Title:  "Next step",
		Unit:   analyze.UnitGrade,
		Doc:    "1 a dated next step proposed in the last 20% of the call, 0.5 an undated one, 0 none",
		Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: 1, Max: 1}, Fair: analyze.Range{Min: 0.5, Max: 1},
			Why: `Gong Labs (28,833 closed deals): in the fastest-closing deals sellers spent 53% more time on next steps in the first meeting; rating an undated step fair is a lastmile default`},
	}},
	Phrases: []*phrase.List{{
		Name: "next_step_cues",
		Doc: `Phrases with which a seller proposes a concrete next step: a meeting, an
action they commit to, or the step itself. One right after "what", "how",
"why", "else" or "know" is asked about, not proposed ("what can we do").`,
		Default: []string{
			// Proposing a meeting.
			"let's schedule", "let's set up", "let's book", "let's find a time", "let's find some time", "let's get * on the calendar",
			"let's get something on the calendar", "let's put * on the calendar", "let's pencil", "let's lock in", "let's plan on",
			"let's meet", "let's reconnect", "let's regroup", "let's follow up", "let's hop on", "let's jump on",
			"can we set up", "can we schedule", "can we book", "can we find a time", "can we get * on the calendar",
			"could we set up", "could we schedule", "could we book", "should we set up", "should we schedule", "should we book",
			"shall we schedule", "shall we book", "shall we set up", "shall we say", "how about we",
			"would you be open to",
			"set up a call", "set up a meeting", "set up a demo", "set up a time", "set up time", "set up some time",
			"schedule a call", "schedule a meeting", "schedule a demo", "schedule time", "schedule some time",
			"book a call", "book a meeting", "book a demo", "book some time", "grab some time", "grab time",
			"follow-up call", "follow-up meeting", "follow up call", "follow up meeting",
			"on the calendar", "on your calendar", "calendar invite", "meeting invite", "send you an invite", "send over an invite", "send an invite",
			"are you free", "are you available", "what's your availability", "what does your calendar look like", "what does your week look like",
			"how does your calendar look", "how does your week look", "how does * look", "how's your calendar",
			"can we do", "would * work", "does * work", "does next week work",
			// Committing to an action.
			"i'll send", "i will send", "i'm going to send", "i'm gonna send", "let me send", "i can send", "we'll send", "we will send",
			"i'll email", "i'll shoot you", "i'll ping", "i'll follow up", "i'll follow-up", "i will follow up", "we'll follow up",
			"i'll get you", "i'll get back to you", "i'll call you", "i'll give you a call", "i'll set up", "i'll schedule", "i'll book",
			"i'll put together", "i'll introduce you", "i'll connect you", "introduce you to", "connect you with",
			"i'll loop in", "let me loop in", "we'll loop in", "i can loop in",
			// Naming the step.
			"next step", "next steps",
			"send ... proposal", "put together ... proposal", "send ... contract", "send ... quote", "send ... order form", "send ... agreement",
			"start ... trial", "set up ... trial", "start ... pilot", "run ... pilot", "kick off ... pilot", "set up ... pilot",
		},
	}, {
		Name: "vague_closings",
		Doc: `Closings that end a call without a next step. They explain a missing next
step; with a time in the same sentence ("talk to you on Friday") they are a
dated one.`,
		Default: []string{
			"talk soon", "speak soon", "chat soon", "talk to you soon", "talk to you later", "speak to you soon", "talk to you then",
			"talk to you on", "talk to you next", "speak to you on", "speak to you next", "see you on", "see you next",
			"i'll let you go", "let you go", "have a great day", "have a good day", "have a nice day", "have a great one", "have a good one",
			"have a great weekend", "have a good weekend", "enjoy the rest of your day", "enjoy your day", "take care",
			"feel free to reach out", "feel free to call", "feel free to email", "reach out if", "reach out anytime", "reach out any time",
			"let me know if you have any questions", "let me know if", "don't hesitate to",
			"keep in touch", "stay in touch", "be in touch", "touch base", "circle back", "keep me posted", "keep me in the loop",
			"think it over", "think about it", "mull it over",
			"thanks for your time", "thank you for your time", "appreciate your time",
		},
	}, {
		Name: "next_step_times",
		Doc: `Phrases that name when a next step happens. Numbers are recognised besides:
"at 10", "around 3", "two pm", "3pm", "ten o'clock", "the 15th", "March 3".`,
		Default: []string{
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"tomorrow", "tonight", "later today", "this afternoon", "this evening", "end of day", "eod", "end of the week", "end of week",
			"this week", "next week", "next month", "next quarter", "in * days", "in * weeks", "in a couple of days", "in a couple of weeks",
			"in a couple weeks", "in a few days", "in a week", "noon",
			"january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "next-step", Title: "next step", Tone: analyze.ToneGood, Doc: "A concrete next step", Mark: nextStepMark},
		{Name: "next-step:dated", Title: "next step · dated", Tone: analyze.ToneGood,
			Doc: "A concrete next step with a date or time", Mark: nextStepMark},
		{Name: "vague-closing", Title: "vague closing", Tone: analyze.ToneWarn,
			Doc: "A closing that leaves no concrete next step (\"talk soon\", \"let me know\")"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "next-step", Title: "Next step", Tone: analyze.ToneGood, Doc: "A concrete next step", Mark: nextStepMark},
		{Name: "no-next-step", Title: "No next step", Tone: analyze.ToneBad,
			Doc:  "No concrete next step in the last 20% of the call",
			Mark: &analyze.Mark{Shape: analyze.ShapeNote, Legend: "no next step"}},
		{Name: "vague-closing", Title: "Vague closing", Tone: analyze.ToneBad, Doc: "The call ends with a vague closing"},
	},
	Run: runNextStep,
}

// nextStepMark marks a next step on the timeline.
var nextStepMark = &analyze.Mark{Shape: analyze.ShapeDiamond, Legend: "Next step"}

func runNextStep(pass *analyze.Pass) error {
	t := pass.Transcript
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("next_step", reason)
		return nil
	}
	cues, vague, times := pass.Phrases("next_step_cues"), pass.Phrases("vague_closings"), pass.Phrases("next_step_times")
	var refs []transcript.Ref
	total := 0
	for ti := range t.Turns {
		for si := range t.Turns[ti].Sentences {
			refs = append(refs, transcript.Ref{Turn: ti, Sentence: si})
		}
		total += t.Turns[ti].Words()
	}
	sentence := func(r transcript.Ref) *transcript.Sentence { return &t.Turns[r.Turn].Sentences[r.Sentence] }
	cutoff := t.Start + t.Duration()*4/5
	var found, dated int
	var firstWhen string
	lastVague, vaguePhrase := transcript.Ref{Turn: -1, Sentence: -1}, ""
	before := 0
	for k, r := range refs {
		s := sentence(r)
		in := before*5 >= total*4
		if t.Timed() {
			in = s.Start >= cutoff
		}
		before += len(s.Words)
		if !in || t.Turns[r.Turn].Role != transcript.RoleRep {
			continue
		}
		m, ok := findNextStep(cues, s.Words)
		closing := false
		if !ok {
			m, ok = vague.Find(s.Words)
			closing = ok
		}
		if !ok {
			continue
		}
		when, hasTime := timeIn(s.Words, times)
		if closing && !hasTime {
			lastVague, vaguePhrase = r, turns.Spoken(s.Words[m.Start:m.End])
			continue
		}
		for _, near := range [...]int{k + 1, k - 1, k + 2, k - 2} {
			if closing || hasTime {
				break
			}
			if near < 0 || near >= len(refs) {
				continue // the call's first or last sentences: look the other way
			}
			when, hasTime = timeIn(sentence(refs[near]).Words, times)
		}
		found++
		step := turns.Spoken(s.Words[m.Start:m.End])
		if hasTime {
			if dated == 0 {
				firstWhen = when
			}
			dated++
			pass.Tag(r, "next-step:dated")
			pass.ReportAt(r, "next-step", fmt.Sprintf("next step %q, with a time: %q", step, when))
		} else {
			pass.Tag(r, "next-step")
			pass.ReportAt(r, "next-step", fmt.Sprintf("next step %q, no time given", step))
		}
	}
	switch {
	case dated > 0:
		pass.Value("next_step", 1, fmt.Sprintf("dated next step (%s)", firstWhen))
	case found > 0:
		pass.Value("next_step", 0.5, "next step without a time")
	default:
		detail := "none in the last 20%"
		pass.ReportAt(transcript.Ref{Turn: -1, Sentence: -1}, "no-next-step", "no concrete next step in the last 20% of the call")
		if lastVague.Turn >= 0 {
			pass.Tag(lastVague, "vague-closing")
			pass.ReportAt(lastVague, "vague-closing", fmt.Sprintf("call ends with a vague closing %q", vaguePhrase))
			detail += fmt.Sprintf(", vague closing %q", vaguePhrase)
		}
		pass.Value("next_step", 0, detail)
	}
	return nil
}

// findNextStep returns the first phrase of next_step_cues in words that is
// not asked about: a cue right after "what", "how", "why", "else" or "know"
// (a determiner between them skipped) is inside a question or an embedded
// clause ("what can we do for you", "how does it work", "I don't know what
// the next step is") and proposes nothing.
func findNextStep(cues *phrase.Matcher, words []string) (phrase.Match, bool) {
	for _, m := range cues.FindAll(words) {
		k := m.Start - 1
		for k >= 0 && stepDeterminers.Has(words[k]) {
			k--
		}
		if k < 0 || !stepAskedAbout.Has(words[k]) {
			return m, true
		}
	}
	return phrase.Match{}, false
}

var (
	stepAskedAbout  = english.SetOf("what", "whatever", "how", "why", "else", "know")
	stepDeterminers = english.SetOf("the", "a", "an", "your", "our", "my", "their", "any")
)

// timeIn finds a time named in words (see the nextstep analyzer's Doc)
// and returns it as said.
func timeIn(words []string, times *phrase.Matcher) (string, bool) {
	if m, ok := times.Find(words); ok {
		return turns.Spoken(words[m.Start:m.End]), true
	}
	next := func(i int) string {
		if i+1 < len(words) {
			return words[i+1]
		}
		return ""
	}
	for i, w := range words {
		switch {
		case (w == "at" || w == "around") && hourDigits(next(i)) && (i+2 >= len(words) || timeFollowers.Has(words[i+2]) || dayDigits(words[i+2])):
			return w + " " + next(i), true
		case hourDigits(w) || hourWords.Has(w):
			switch n := next(i); {
			case n == "am" || n == "pm" || n == "o'clock":
				return w + " " + n, true
			case (n == "a" || n == "p") && i+2 < len(words) && words[i+2] == "m":
				return w + " " + n + "m", true
			}
		case clockWord(w) || ordinalDay(w):
			return w, true
		case months.Has(w) && (dayDigits(next(i)) || ordinalDay(next(i))):
			return w + " " + next(i), true
		}
	}
	return "", false
}

var (
	// timeFollowers may follow the hour of "at 10": anything else is
	// likely a noun ("we're at 5 seats"). Digits may too ("at 3:30").
	timeFollowers = english.SetOf("am", "pm", "a", "p", "o'clock", "sharp", "on", "or", "and", "then", "works", "work", "would", "will",
		"is", "should", "could", "tomorrow", "today", "tonight", "this", "next", "your", "my", "our", "their", "his", "her",
		"eastern", "central", "pacific", "mountain", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "ct", "pt", "mt", "gmt", "utc", "bst", "cet",
		"if", "that", "for", "with", "to", "so", "okay", "ok", "please", "instead", "again", "in", "ish",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	hourWords = english.SetOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
	months    = english.SetOf("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
)

// hourDigits reports whether w is an hour of the clock in digits, 1 to 12.
func hourDigits(w string) bool { return smallNumber(w, 1, 12) }

// dayDigits reports whether w is a day of the month in digits, 1 to 31.
func dayDigits(w string) bool { return smallNumber(w, 1, 31) }

func smallNumber(w string, lo, hi int) bool {
	if len(w) == 0 || len(w) > 2 || w[0] < '0' || w[0] > '9' {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= lo && n <= hi
}

// clockWord reports whether w is a time written as one word: "3pm", "10am".
func clockWord(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) && hourDigits(w[:len(w)-2])
}

// ordinalDay reports whether w is a day of the month as an ordinal: "1st",
// "22nd", "15th".
func ordinalDay(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return dayDigits(w[:len(w)-2])
	}
	return false
}
