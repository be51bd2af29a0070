// Package relationship finds the seller closing the client, not the deal:
// remembering what the customer said before, owning the customer's
// problems, and saying when the product does not fit.
//
// Its one value, Analyzer, declares the metric, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package relationship

import (
	"fmt"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/passes/internal/lex"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Analyzer finds the seller's relationship signals.
var Analyzer = &analyze.Analyzer{
	Name: "relationship",
	Doc: `Close the client: the seller remembers the customer, owns their problems, and says when the product does not fit.

Only the seller side's sentences count, read as the negotiation analyzer
reads them (ASR spellings written out, fillers and restarts dropped).

"remembers": a phrase of personal_recall ("how was the", "how did the ...
go", "congrats on", "I remember you", "didn't you say", "since you prefer",
"thanks again for", "is Biscuit still": "is" and a capitalised name before
"still"; "how was Boulder?"), a phrase of personal_details in a question
or a good wish ("did you make it out for your son's graduation?"), or a you-word with a verb of recall_verbs ("said", "mentioned",
"asked", "were worried") and a phrase of past_markers ("last time", "when we
spoke", "after the demo", "in your email", "last quarter", "back in"). Not
with a phrase of this_call ("a minute ago", "earlier on this call": that is
listening, not remembering), nor for the seller's own past or another
customer's words (no you-word), nor "how was your weekend" (personal_recall
asks about "the" thing, not "your weekend"), nor "remind me". In the
seller's first two turns "you said" or "you mentioned" needs no past
marker: the call has only begun, so it can only be an earlier one.

"owns-problem": a phrase of ownership ("that was on us", "our fault", "we
dropped the ball", "I should have", "I'll personally", "off your plate",
"I'm going to own this"), or an apology (sorry, apologise, regret) with a
word of problem_words in its sentence ("I'm sorry the release broke your
printers", "sorry you had to chase us"). Phrases of social_apologies are
skipped first: "sorry to bother you", "sorry I'm late", "sorry to hear",
"sorry you feel that way", "sorry, could you repeat that".

"honest-fit": a phrase of fit_admissions ("not the right fit", "you don't
need us", "better off with", "instead of us", "isn't built for", "keep
looking", "cheaper tools"), not in a question, not inside an "if" clause
("if it turns out we're not a fit, I'll tell you"), not reported after a
verb of saying or deciding ("some prospects decide we're not a fit").

relationship_signals counts the seller's sentences with any of the three
tags (informational: there is no right number). Each is a finding. n/a with
one speaker and when no seller is identified.`,
	Metrics: []*analyze.MetricDef{{
		Name:  "relationship_signals",
		Title: "Relationship signals",
		Unit:  analyze.UnitCount,
		Doc:   "the seller's sentences that remember the customer, own a problem, or say honestly when the product does not fit",
	}},
	Phrases: []*phrase.List{{
		Name: "personal_recall",
		Doc:  `Phrases that bring back a personal detail or something the customer did.`,
		Default: []string{
			"how was the", "how did the", "did the ... go", "how's the new", "how is the new", "happy birthday", "happy belated",
			"congrats on", "congratulations on", "i remember you", "i remember your", "still remember your", "remember you're",
			"didn't you say", "didn't you mention", "didn't you tell", "since you prefer", "you prefer", "you're not a fan",
			"thanks again for", "thank you again for", "you were talking about", "how's your daughter", "how's your son",
			"how is your daughter", "how is your son", "did you end up", "i remember you said", "you'd said", "you'd mentioned",
			"you had mentioned",
		},
	}, {
		Name: "personal_details",
		Doc:  `A customer's personal life: asked about ("how was Boulder, did you make it out for your son's graduation?") or wished well, it is remembered.`,
		Default: []string{
			"your son", "your son's", "your daughter", "your daughter's", "your wife", "your wife's", "your husband",
			"your husband's", "your kids", "your kids'", "your family's", "your graduation", "graduation", "wedding",
			"your trip", "your vacation", "your holiday", "your surgery", "your knee", "your marathon", "your race",
			"new baby", "your baby", "your dog", "your move", "your retirement", "your anniversary",
		},
	}, {
		Name:    "recall_verbs",
		Doc:     `Verbs of what the customer said or did before, with a you-word.`,
		Default: []string{"said", "mentioned", "told", "asked", "flagged", "were", "was", "set", "wanted", "pushed", "shared", "posted", "introduced", "sent", "wrote", "talked", "raised", "complained", "brought", "emailed", "noted", "liked", "hated", "worried", "promised", "planned", "hoped", "called"},
	}, {
		Name: "past_markers",
		Doc:  `Phrases that place something in an earlier interaction.`,
		Default: []string{
			"last time", "last call", "when we spoke", "when we met", "when we talked", "when we last", "last week", "last month",
			"last quarter", "last year", "last spring", "last summer", "last fall", "last autumn", "last winter", "back in", "ago",
			"after the demo", "at the conference", "at the show", "in your email", "your email", "your note", "your message",
			"kickoff call", "our last", "the last call", "previous call", "the other day", "a while back", "in january",
			"in february", "in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october",
			"in november", "in december", "on our call", "on our first call", "at lunch", "over dinner",
		},
	}, {
		Name: "this_call",
		Doc:  `Phrases that place a recall in this very call: playing back, not remembering.`,
		Default: []string{
			"a minute ago", "a moment ago", "a second ago", "minutes ago", "earlier on this", "on this call", "earlier today",
			"just now", "just said", "said earlier", "mentioned earlier", "earlier you", "a bit ago", "like you said", "as you said", "what i'm hearing", "so you said", "so you're saying",
		},
	}, {
		Name: "ownership",
		Doc:  `Phrases that take the blame for, or ownership of, the customer's problem.`,
		Default: []string{
			"that's on us", "that's on me", "that was on us", "that was on me", "that one's on me", "that one's on us",
			"this is on us", "this is on me", "this one's on me", "it's on us", "that is on us", "is on me", "is on us", "was on me",
			"was on us", "our fault", "my fault",
			"dropped the ball", "let the ball drop", "fell through the cracks", "slipped through the cracks", "let you down", "i should have", "we should have", "i should've", "we should've",
			"should never have", "shouldn't have had to", "we got ... wrong", "i got ... wrong", "i gave you the wrong",
			"we gave you the wrong", "our job to", "our job, not", "bad handoff", "you paid for it", "going to own", "i'll own",
			"i own this", "i'll personally", "personally make sure", "myself", "off your plate", "i'll stay on", "stay on it",
			"until it's fixed", "not going to make you", "take responsibility", "take full responsibility", "the blame",
			"we messed up", "i messed up", "we screwed up", "our mistake", "my mistake", "our bad", "make it right",
			"make this right", "we broke", "we missed", "owe you an apology", "we introduced", "we caused", "i caused",
			"our bug", "shouldn't have happened", "shouldn't have reached", "should not have",
		},
	}, {
		Name:    "problem_words",
		Doc:     `Words that make an apology about a problem the customer had.`,
		Default: []string{"broke", "broken", "wrong", "delay", "delayed", "outage", "bug", "bugs", "cancelled", "canceled", "missed", "failed", "failure", "error", "errors", "mistake", "confusion", "chase", "chasing", "went out", "went down", "hit your", "cost your", "cost you", "twice", "three times", "mix-up", "trouble", "inconvenience", "frustration", "hassle", "lost", "issues", "late", "slow", "crashed", "down"},
	}, {
		Name: "social_apologies",
		Doc:  `Apologies about the conversation or social ones: skipped before apologies are read.`,
		Default: []string{
			"sorry to bother", "sorry to hear", "sorry you feel", "sorry for the interruption", "sorry to interrupt",
			"sorry i'm late", "sorry i'm a", "sorry about that my", "in advance", "sorry for the long", "sorry go ahead",
			"sorry could you", "sorry can you", "sorry you're breaking", "sorry say that", "sorry what", "sorry i missed that",
			"sorry i didn't catch", "sorry to jump in", "sorry for rambling", "sorry to cut you off", "sorry if i",
			"sorry for the background", "sorry for the noise", "sorry to keep you", "lost you", "cut out", "breaking up",
			"connection", "on mute", "frozen", "echo", "missed your call", "sorry i missed you",
		},
	}, {
		Name: "fit_admissions",
		Doc:  `Phrases that say the product may not fit, or recommend something else.`,
		Default: []string{
			"not the right fit", "not the best fit", "not a fit", "not a good fit", "not be the right", "not be the best",
			"probably not your", "not your tool", "don't need us", "don't need the", "don't need our", "better options",
			"better off with", "instead of us", "the better choice", "a better choice", "a better fit", "isn't built for",
			"not built for", "isn't designed for", "not designed for", "isn't mature enough", "not mature enough",
			"not strong there", "stronger there", "go with someone else", "look elsewhere", "keep looking", "keep your current",
			"cheaper tools", "a gap for us", "edge of what we do", "doing you a disservice", "because we don't",
			"sell you something that doesn't", "what i'd suggest for you", "further than software", "would do the job",
			"might not fit", "may not fit", "doesn't fit", "can't do that today", "we don't do that well",
			"don't want you to find", "i wouldn't buy", "wouldn't buy", "you won't need", "i'd look at a", "i'd go with",
			"you'd be fine with", "you'd be better served", "you'd do fine with", "you'd be okay with", "we're not the right",
			"we're probably not the right", "not the right tool", "not the right product", "not the right solution",
			"rather than us", "instead of ours", "rather than ours", "point you to", "point you towards", "refer you to",
			"a free tool", "a simpler tool", "a cheaper tool", "a cheaper option", "a simpler option", "not a great fit",
			"not the ideal fit", "not ideal for", "not a good match", "not the right match", "happier with", "better served by",
			"not something we do", "i'd talk to", "you'd want to talk to", "serve you better", "will serve you",
			"overkill", "more than you need", "more than you'd need",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "remembers", Title: "remembers", Tone: analyze.ToneGood, Doc: "The seller refers to what the customer said or did before, or a personal detail"},
		{Name: "owns-problem", Title: "owns the problem", Tone: analyze.ToneGood, Doc: "The seller apologises for or takes ownership of the customer's problem"},
		{Name: "honest-fit", Title: "honest fit", Tone: analyze.ToneGood, Doc: "The seller says the product may not fit, or recommends an alternative"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "remembers", Title: "Remembers", Tone: analyze.ToneGood, Doc: "The seller remembers the customer"},
		{Name: "owns-problem", Title: "Owns the problem", Tone: analyze.ToneGood, Doc: "The seller owns the customer's problem"},
		{Name: "honest-fit", Title: "Honest fit", Tone: analyze.ToneGood, Doc: "The seller is honest about fit"},
	},
	Run: run,
}

type lists struct {
	recall, details, verbs, past, thisCall, own, problems, social, fit *phrase.Matcher

	// The lists tried on every seller sentence's words, as a group: one
	// lookup a word for all of them.
	group  *phrase.Group
	starts []uint64 // the current sentence's: the lists that may start at each word
	any    uint64   // the lists that may start anywhere in it
}

// The bits of the lists in lists.group.
const (
	kRecall = iota
	kDetails
	kVerbs
	kPast
	kThisCall
	kOwn
	kFit
	kApology // a word of apologies
	kYou     // a word of youWords
	kHope    // "hope" or "congrats"
	kSpecial // lex.Special
)

// apologyWords and youWordList are apologies and youWords as lists, for the
// group: its scan tells whether a sentence holds one.
var (
	apologyWords = phrase.MustCompile("apologies", setWords(apologies))
	youWordList  = phrase.MustCompile("you", setWords(youWords))
	hopeWords    = phrase.MustCompile("hope", []string{"hope", "congrats"})
)

func setWords(set english.Set) []string {
	var out []string
	set.Words(func(w string) { out = append(out, w) })
	return out
}

// find is list k's Find over the sentence's words w, scanned.
func (l *lists) find(k int, w []string) (phrase.Match, bool) {
	if l.any&(1<<k) == 0 {
		return phrase.Match{}, false
	}
	return l.group.Find(k, w, l.starts)
}

var (
	apologies = english.SetOf("sorry", "apologise", "apologize", "apologies", "apology", "apologising", "apologizing", "regret")
	youWords  = english.SetOf("you", "your", "you'd", "you've", "you're", "you'll", "yours")
	reporting = english.SetOf("decide", "decided", "decides", "say", "says", "said", "think", "thinks", "thought", "tell", "tells",
		"told", "feel", "feels", "claim", "claims")
)

func run(pass *analyze.Pass) error {
	t := pass.Transcript
	l := &lists{recall: pass.Phrases("personal_recall"), details: pass.Phrases("personal_details"), verbs: pass.Phrases("recall_verbs"), past: pass.Phrases("past_markers"),
		thisCall: pass.Phrases("this_call"), own: pass.Phrases("ownership"), problems: pass.Phrases("problem_words"),
		social: pass.Phrases("social_apologies"), fit: pass.Phrases("fit_admissions")}
	l.group = phrase.NewGroup(l.recall, l.details, l.verbs, l.past, l.thisCall, l.own, l.fit, apologyWords, youWordList, hopeWords, lex.Special)
	n, sellerTurns := 0, 0
	var words lex.Reader
	for ti := range t.Turns {
		if t.Turns[ti].Role != transcript.RoleRep {
			continue
		}
		sellerTurns++
		opening := sellerTurns <= 2
		for si := range t.Turns[ti].Sentences {
			s := &t.Turns[ti].Sentences[si]
			var w []string
			w, l.starts, l.any = words.Scan(s, l.group, kSpecial)
			question := lex.IsQuestion(s, w)
			ref := transcript.Ref{Turn: ti, Sentence: si}
			for _, c := range [...]struct {
				tag, msg string
				ok       bool
			}{
				{"remembers", "remembers the customer", l.remembers(s, w, opening, question)},
				{"owns-problem", "owns the customer's problem", l.ownsProblem(w)},
				{"honest-fit", "honest about fit", !question && l.honestFit(s, w)},
			} {
				if c.ok {
					pass.Tag(ref, c.tag)
					pass.ReportAt(ref, c.tag, c.msg)
					n++
				}
			}
		}
	}
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("relationship_signals", reason)
		return nil
	}
	pass.Value("relationship_signals", float64(n), fmt.Sprintf("%d signal(s)", n))
	return nil
}

// remembers reads one seller sentence; opening says it is in the seller's
// first two turns, where "you said" can only be about an earlier
// conversation.
func (l *lists) remembers(s *transcript.Sentence, w []string, opening, question bool) bool {
	if !l.recalls(s, w, opening, question) {
		return false
	}
	_, now := l.find(kThisCall, w) // looked for last: most sentences recall nothing
	return !now
}

// recalls is remembers without the this_call check.
func (l *lists) recalls(s *transcript.Sentence, w []string, opening, question bool) bool {
	if m, ok := l.find(kRecall, w); ok {
		// "How was the weekend?" is small talk; "how was the half
		// marathon?" remembers.
		if !(strings.HasPrefix(m.Phrase, "how") && generic[at(w, m.End)]) {
			return true
		}
	}
	// "How was Boulder?", "did you make it out for your son's graduation?"
	if question || l.any&(1<<kHope) != 0 {
		if _, ok := l.find(kDetails, w); ok {
			return true
		}
	}
	// "How was Boulder?", and "Is Biscuit still chewing...?": a name
	// after "how was" or before "still".
	for j := 1; j < len(s.Words) && j < len(s.Marks); j++ {
		if !s.Marks.Capped(j) {
			continue
		}
		if j >= 2 && s.Words[j-2] == "how" && (s.Words[j-1] == "was" || s.Words[j-1] == "is") {
			return true
		}
		if j+1 < len(s.Words) && (s.Words[j-1] == "is" || s.Words[j-1] == "are") && s.Words[j+1] == "still" {
			return true
		}
	}
	if l.any&(1<<kYou) == 0 {
		return false
	}
	if _, verb := l.find(kVerbs, w); !verb {
		return false
	}
	_, past := l.find(kPast, w)
	return past || opening && !question && youSaid(w)
}

// generic are the small-talk things "how was the ..." asks about.
var generic = map[string]bool{"weekend": true, "day": true, "week": true, "morning": true, "holiday": true, "holidays": true,
	"traffic": true, "weather": true, "drive": true, "commute": true, "call": true, "meeting": true}

func (l *lists) ownsProblem(w []string) bool {
	if _, ok := l.find(kOwn, w); ok {
		return true
	}
	// Blanking social apologies only takes words away: without an apology
	// word there is none to find after it.
	if l.any&(1<<kApology) == 0 {
		return false
	}
	m := append([]string(nil), w...)
	for _, x := range l.social.FindAll(w) {
		for k := x.Start; k < x.End; k++ {
			m[k] = ""
		}
	}
	for _, x := range m {
		if apologies.Has(x) {
			_, ok := l.problems.Find(m)
			return ok
		}
	}
	return false
}

// honestFit reads a seller sentence that is not a question.
func (l *lists) honestFit(s *transcript.Sentence, w []string) bool {
	var commas []bool // made on the first match: most sentences have none
	// The matches of FindAll, found one at a time.
	if l.any&(1<<kFit) == 0 {
		return false
	}
	for i := 0; i < len(w); {
		m, ok := l.group.FindFrom(kFit, w, l.starts, i)
		if !ok {
			break
		}
		i = max(m.End, m.Start+1)
		if commas == nil {
			_, commas = lex.Words(s)
		}
		if inIfClause(w, commas, m.Start) || m.Start > 0 && reporting.Has(w[m.Start-1]) ||
			m.Start > 1 && reporting.Has(w[m.Start-2]) {
			continue
		}
		if at(w, m.End) == "for" && at(w, m.End+1) == "me" {
			continue // "Monday isn't a good fit for me"
		}
		return true
	}
	return false
}

// inIfClause reports whether words[i] is inside a clause opened by "if"
// that has not yet ended with a comma. Without any comma (ASR text), a
// subject such as "we're" or "there" after the condition's own words
// starts the main clause: "if offline is a must we're not your tool".
func inIfClause(words []string, commas []bool, i int) bool {
	anyComma := false
	for _, c := range commas {
		anyComma = anyComma || c
	}
	for k := i - 1; k >= 0; k-- {
		if commas[k+1] {
			return false
		}
		if !anyComma && k+1 < i && k > 0 && mainSubjects.Has(words[k+1]) && words[k] != "if" && words[k] != "out" {
			return false
		}
		if words[k] == "if" || words[k] == "unless" {
			return true
		}
	}
	return false
}

// mainSubjects may open the main clause after an "if" clause.
var mainSubjects = english.SetOf("we're", "we", "there", "there's", "our", "i'd", "you'd", "that's")

// youSaid reports "you said", "you mentioned", "you told me": the customer's
// words, with "you" right before the verb.
func youSaid(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "you" || w[i] == "you'd") && (w[i+1] == "said" || w[i+1] == "mentioned" || w[i+1] == "told") {
			return true
		}
	}
	return false
}

func at(w []string, i int) string {
	if i < 0 || i >= len(w) {
		return ""
	}
	return w[i]
}
