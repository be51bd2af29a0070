// Package openers finds interruptive cold-call openers in the seller's first
// turns: permission asks, apologies, product-first pitches, pleasantries.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package openers

import (
	"fmt"
	"strings"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Openers spots the seller opening a call in ways that invite a brush-off.
var Analyzer = &analyze.Analyzer{
	Name: "openers",
	Doc: `Interruptive openers: permission asks, apologies, product-first pitches and scripted pleasantries in the seller's first turns.

The opening is the seller side's turns that start within the first 60
seconds of the call (counted from the first turn's start) when the
transcript is timed, or the seller side's first 3 turns when it is not.
Every sentence of those turns is searched for the phrases of four lists,
each a category: openers_permission ("did I catch you at a bad time", "is
this a good time", "do you have a minute"...), openers_apology ("sorry to
bother you", "I know you're busy", "I'll be quick"...), openers_pitch ("we
are a leading provider", "I'm calling to tell you about", "we help companies
like yours"...) and openers_pleasantry ("how are you today", "how are you
doing", "how's your day going"...). A pitch counts anywhere in a sentence;
the other three only at the start of a clause: the sentence's start or
after a comma, with nothing before them but greetings, fillers, discourse
markers, "sorry" and names (capitalised words after the first): "Hey Dana,
got a minute?" counts, "We got a second quote" does not. A pleasantry must
also end its clause, but for a name or a few words such as "today" or "so
far": "How are you doing?", not "How are you doing with the rollout?". "How
have you been?" is deliberately not listed (Gong found it raised cold-call
success), nor is stating the reason for the call ("the reason for my call
is..."), which Gong found doubled it.

opener is the number of matches (non-overlapping, per list); 0 is the
target. Each match is a finding of kind "opener" naming the category and
the words matched (permission opener "did I catch you at a bad time"), and
tags its sentence "opener:<category>". The customer's
words never count. n/a with one speaker (even one labelled a seller: an
opener is said to someone), when no seller is identified, or when the
seller has no turn in the opening.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "opener",
		Column: "Opener",
		Title:  "Interruptive openers",
		Unit:   analyze.UnitCount,
		Doc:    "permission asks, apologies, pitches and scripted pleasantries in the seller's opening",
		Target: &analyze.Target{Weight: 1.5, Good: analyze.Range{Min: 0, Max: 0}, Fair: analyze.Range{Min: 0, Max: 0},
			Why: `Gong Labs (90,380 cold calls): "Did I catch you at a bad time?" cut meeting bookings by 40%; apology, pitch-first and pleasantry openers are lastmile's judgement, not a Gong figure`},
	}},
	Phrases: []*phrase.List{{
		Name: "openers_permission",
		Doc:  `Openers that ask for permission to talk, inviting a "no".`,
		Default: []string{
			"did i catch you at a * time", "have i caught you at a * time", "catch you at a * time", "caught you at a * time",
			"did i catch you at a * moment", "catch you at a * moment",
			"is this a good time", "is this a bad time", "is now a good time", "is now a bad time", "is it a good time", "is this an ok time", "is this an okay time",
			"is now still a good time", "is this still a good time", "is it still a good time",
			"do you have a minute", "do you have a second", "do you have a sec", "do you have a moment", "do you have a few minutes", "do you have * minutes",
			"have you got a minute", "have you got a second", "have you got a sec", "got a minute", "got a second", "got a sec",
			"can i have a minute", "can i have a few minutes", "can i steal a minute", "can i borrow * minutes", "can i grab * minutes",
		},
	}, {
		Name: "openers_apology",
		Doc:  `Openers that apologise for calling.`,
		Default: []string{
			"sorry to bother you", "sorry for bothering you", "sorry to interrupt", "sorry to disturb you", "sorry for the interruption",
			"i know you're busy", "i know you are busy", "i'll be quick", "i will be quick", "i'll be brief", "i promise this will be quick",
			"i won't take much of your time", "i won't take up much of your time", "i won't take too much of your time", "i won't keep you long",
			"sorry for calling out of the blue", "sorry to call out of the blue", "i know this is out of the blue", "i know this is a cold call",
		},
	}, {
		Name: "openers_pitch",
		Doc: `Openers that pitch the product before the customer has said anything about
their needs. Stating why you call ("the reason for my call is...") is not
one: Gong found it doubled cold-call success.`,
		Default: []string{
			"i'm calling to tell you about", "i am calling to tell you about", "i wanted to tell you about our", "i want to tell you about our",
			"i'd like to tell you about our", "let me tell you about our", "i'm calling to introduce", "i wanted to introduce you to our",
			"we are a leading", "we're a leading", "we are the leading", "we're the leading", "we are one of the leading", "we're one of the leading",
			"we help companies like yours", "we work with companies like yours", "have you heard of us",
		},
	}, {
		Name: "openers_pleasantry",
		Doc: `Scripted pleasantries that delay the point, matched as a clause of their own
("How are you doing?", not "How are you doing with the rollout?"). "How have
you been?" is not one: Gong found it raised cold-call success 6.6 times.`,
		Default: []string{
			"how are you today", "how are you doing today", "how are you doing", "how's your day going", "how is your day going",
			"how's your day been", "how has your day been", "how's your week going", "how is your week going",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "opener:permission", Title: "opener: permission", Tone: analyze.ToneNeutral, Doc: openerDoc, Mark: openerMark},
		{Name: "opener:apology", Title: "opener: apology", Tone: analyze.ToneNeutral, Doc: openerDoc, Mark: openerMark},
		{Name: "opener:pitch", Title: "opener: pitch", Tone: analyze.ToneNeutral, Doc: openerDoc, Mark: openerMark},
		{Name: "opener:pleasantry", Title: "opener: pleasantry", Tone: analyze.ToneNeutral, Doc: openerDoc, Mark: openerMark},
	},
	Findings: []*analyze.FindingDef{
		{Name: "opener", Title: "Opener", Tone: analyze.ToneNeutral, Doc: openerDoc, Mark: openerMark},
	},
	Run: runOpeners,
}

// openerCategories pairs each opener category with its phrase list. Pitches
// count anywhere ("the reason I call is, we're the leading..."); the others
// only at the start of a clause.
// How the openers' tags and findings are documented and marked.
const openerDoc = "How the seller opened the call"

var openerMark = &analyze.Mark{Shape: analyze.ShapeFlag, Legend: "Opener"}

var openerCategories = [...]struct {
	name, list string
	anywhere   bool
}{
	{"permission", "openers_permission", false},
	{"apology", "openers_apology", false},
	{"pitch", "openers_pitch", true},
	{"pleasantry", "openers_pleasantry", false},
}

// openerLead are the words that may come before an opener at the start of a
// clause: greetings, fillers, discourse markers, "sorry".
var openerLead = english.SetOf("hi", "hey", "hello", "there", "morning", "afternoon", "good", "so", "um", "umm", "uh", "er", "erm", "ah", "oh",
	"well", "okay", "ok", "and", "but", "look", "listen", "now", "just", "actually", "also", "yeah", "yes", "great", "sorry", "quick", "real", "quickly")

// clauseStart reports whether words[i] starts a clause: the sentence's start
// or a comma before it, with only openerLead words and names in between: "Hey Dana, got a minute?", "Hi Dana got a sec?", "Um,
// sorry, is now a good time?"; not "We got a second quote".
func clauseStart(words []string, i int, m turns.Marks) bool {
	for k := i; ; k-- {
		if k == 0 || m.Comma(k) {
			return true
		}
		if w := words[k-1]; !openerLead.Has(w) && !isName(words, k-1, m) {
			return false
		}
	}
}

// isName reports whether words[k] is capitalised where a sentence does not
// capitalise it: not the first word, not "I".
func isName(words []string, k int, m turns.Marks) bool {
	w := words[k]
	return k > 0 && m.Capped(k) && w != "i" && !strings.HasPrefix(w, "i'")
}

// clauseEnd reports whether a pleasantry ending before words[i] ends its
// clause: nothing follows up to the next comma or the sentence's end but a
// name or a few words such as "today", "so far" ("How are you doing today,
// Dana?"), no "with", "on", "about"... that would make it a real question
// ("How are you doing with the rollout?").
func clauseEnd(words []string, i int, m turns.Marks) bool {
	for k := i; k < len(words) && !m.Comma(k); k++ {
		if k-i >= 3 || pleasantryTailStop.Has(words[k]) {
			return false
		}
	}
	return true
}

var pleasantryTailStop = english.SetOf("with", "on", "in", "at", "for", "about", "since", "after", "before", "when", "if", "over", "without", "regarding")

const (
	// openingTime is how long the opening lasts in a timed call.
	openingTime = 60 * time.Second
	// openingTurns is how many seller turns the opening has untimed.
	openingTurns = 3
)

func runOpeners(pass *analyze.Pass) error {
	t := pass.Transcript
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("opener", reason)
		return nil
	}
	var lists [len(openerCategories)]*phrase.Matcher
	for i, c := range openerCategories {
		lists[i] = pass.Phrases(c.list)
	}
	var counts [len(openerCategories)]int
	sellerTurns := 0
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		if turn.Role != transcript.RoleRep {
			continue
		}
		if t.Timed() && turn.Start-t.Start >= openingTime || !t.Timed() && sellerTurns == openingTurns {
			break
		}
		sellerTurns++
		for si := range turn.Sentences {
			words := turn.Sentences[si].Words
			var marks turns.Marks
			marked := false
			for ci, p := range lists {
				found := false
				for _, m := range p.FindAll(words) {
					if c := openerCategories[ci]; !c.anywhere {
						if !marked {
							marks, marked = turns.MarksOf(&turn.Sentences[si]), true
						}
						if !clauseStart(words, m.Start, marks) || c.name == "pleasantry" && !clauseEnd(words, m.End, marks) {
							continue
						}
					}
					found = true
					counts[ci]++
					pass.ReportAt(transcript.Ref{Turn: ti, Sentence: si}, "opener",
						fmt.Sprintf("%s opener %q", openerCategories[ci].name, turns.Spoken(words[m.Start:m.End])))
				}
				if found {
					pass.Tag(transcript.Ref{Turn: ti, Sentence: si}, "opener:"+openerCategories[ci].name)
				}
			}
		}
	}
	if sellerTurns == 0 {
		pass.NotApplicable("opener", "the seller has no turn in the first 60 seconds")
		return nil
	}
	var parts []string
	total := 0
	for ci, n := range counts {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", openerCategories[ci].name, n))
		}
		total += n
	}
	detail := "none"
	if total > 0 {
		detail = strings.Join(parts, ", ")
	}
	short := "ok"
	if total > 0 {
		var names []string
		for ci, n := range counts {
			if n > 0 {
				names = append(names, openerCategories[ci].name)
			}
		}
		short = strings.Join(names, ", ")
	}
	pass.Record(analyze.Metric{Name: "opener", Value: float64(total), Detail: detail, Short: short})
	return nil
}
