// Package payoff finds next steps tied to a payoff: a step the seller
// proposes that also says what the customer gains from it.
//
// Its one value, Analyzer, declares the metric, tag, findings and phrase
// lists; its Doc is the definition the README shows.
package payoff

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

// Analyzer finds next steps with a payoff for the customer.
var Analyzer = &analyze.Analyzer{
	Name: "payoff",
	Doc: `Next step with a payoff: a step the seller proposes that says, in the same sentence, what the customer gains from it.

Anywhere in the call (not only its end), a seller sentence, read as the
negotiation analyzer reads it (ASR spellings written out, fillers and
restarts dropped), is tagged "next-step:payoff" when it holds a step and,
after it, a gain.

The step: a phrase of step_frames ("I'll", "let's", "can we", "shall we",
"why don't we", "if we", "we could", "next step") followed within three
words by a verb of step_verbs (send, set up, book, run, do, introduce,
draft, hold...), "how about" a noun or a clause ("how about a quick call
Monday", "how about I send"), or "we"/"I" and such a verb in a sentence
that names a day ("we put sensors on six trucks starting Monday").

The gain, after the step: a phrase of gain_markers ("that way", "which
should", "you'll know", "you'll walk away", "can save you"), or "so" (or "so
that") opening a clause whose subject is not the seller's side or the step
itself: "so you can take real numbers to your CFO", "so your team can sign
off", "so any issue gets caught", not "so we can close this", "so I can
show you our features", "so it's on everyone's calendar". A gain that is
only seeing the price ("so you can see the price") is no gain beyond the
step. The step and its gain must be in one sentence: a detector that looked
ahead would also credit "Let's meet Thursday. You'd leave with a draft."
(Unpunctuated ASR text, which the reader cuts before "so", is the
exception: a chunk opening with the gain counts for the step before it.)

next_step_payoff is 1 when the seller proposes at least one such step, 0
when none. Each is a finding; without one, a whole-call finding says so.
The customer's words never count. n/a with one speaker and when no seller
is identified.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "next_step_payoff",
		Column: "Payoff",
		Title:  "Next step with a payoff",
		Unit:   analyze.UnitGrade,
		Doc:    "1 when the seller proposes a next step that says what the customer gains from it",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 1, Max: 1}, Fair: analyze.Range{Min: 1, Max: 1},
			Why: `"every customer interaction must have a benefit for the customer, with a call to action tied to the payoff" (a lastmile default, lightly weighted: the next-step metric already scores the step)`},
	}},
	Phrases: []*phrase.List{{
		Name: "step_frames",
		Doc:  `How a seller proposes or commits to a step; a verb of step_verbs must follow within three words.`,
		Default: []string{
			"i'll", "i will", "we'll", "we will", "let me", "let's", "can we", "could we", "shall we", "should we",
			"why don't we", "why don't i", "what if we", "if we", "we could", "i'm going to",
			"we're going to", "i'm gonna", "let us", "next step", "next steps", "how about we", "how about i", "i'd like to",
		},
	}, {
		Name: "step_verbs",
		Doc:  `The actions of a next step.`,
		Default: []string{
			"send", "set", "get", "put", "schedule", "book", "do", "have", "draft", "introduce", "intro", "run", "hold", "load", "arrange",
			"share", "meet", "walk", "start", "review", "pull", "build", "map", "loop", "connect", "prepare", "bring", "call",
			"email", "ping", "follow", "organise", "organize", "host", "plan", "grab", "hop", "jump", "find", "line", "block",
			"pencil", "lock", "kick", "try", "test", "pilot", "demo", "train", "spin", "write", "configure", "invite", "reconnect",
		},
	}, {
		Name: "gain_markers",
		Doc:  `Phrases that open what the customer gains from the step.`,
		Default: []string{
			"that way", "which should", "which would", "which will", "which means you", "which gives you", "and you'll",
			"you'll know", "you'll walk away", "you'll leave", "you'll have", "you'll see", "you'll get", "can save you",
			"will save you", "to give you", "giving you", "in time for your", "before your",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "next-step:payoff", Title: "next step · payoff", Tone: analyze.ToneGood, Doc: "A next step that says what the customer gains from it"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "payoff", Title: "Next step with a payoff", Tone: analyze.ToneGood, Doc: "A next step tied to the customer's payoff"},
		{Name: "no-payoff", Title: "No payoff", Tone: analyze.ToneWarn, Doc: "No next step says what the customer gains"},
	},
	Run: run,
}

var (
	// notGains are the subjects of a "so" clause that is not the
	// customer's gain: the seller's side, or the step itself.
	notGains = english.SetOf("i", "i'm", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've", "we'd", "us", "it", "it's",
		"it'll", "that", "that's", "this", "there", "there's", "my", "our", "let's")
	seeing = english.SetOf("see", "get", "have", "know", "review", "check")
	prices = english.SetOf("price", "prices", "pricing", "quote", "cost", "costs", "numbers", "invoice", "figure")
)

// timed are words that date a plan.
var timed = english.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "starting", "tonight")

// thirdPerson reports a verb like "gets", "means", "gives": after "so
// that", "that" is then the subject.
func thirdPerson(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !english.PersonalPronouns.Has(w)
}

type lists struct {
	frames, verbs, gains *phrase.Matcher

	// The lists tried on every seller sentence, as a group: one lookup a
	// word for all of them.
	group  *phrase.Group
	starts []uint64 // the current sentence's: the lists that may start at each word
	any    uint64   // the lists that may start anywhere in it
}

// The bits of the lists in lists.group.
const (
	kFrames = iota
	kVerbs
	kGains
	kTimed   // a word of timed
	kSpecial // lex.Special
)

// timedWords is timed as a list, for the group.
var timedWords = func() *phrase.Matcher {
	var words []string
	timed.Words(func(w string) { words = append(words, w) })
	return phrase.MustCompile("timed", words)
}()

func run(pass *analyze.Pass) error {
	t := pass.Transcript
	l := &lists{frames: pass.Phrases("step_frames"), verbs: pass.Phrases("step_verbs"), gains: pass.Phrases("gain_markers")}
	l.group = phrase.NewGroup(l.frames, l.verbs, l.gains, timedWords, lex.Special)
	var words, nextWords lex.Reader
	n := 0
	for ti := range t.Turns {
		if t.Turns[ti].Role != transcript.RoleRep {
			continue
		}
		ss := t.Turns[ti].Sentences
		for si := range ss {
			var w []string
			w, l.starts, l.any = words.Scan(&ss[si], l.group, kSpecial)
			step, ok := l.step(w)
			if !ok {
				continue
			}
			if !l.gainScanned(w, step) {
				// ASR text has no punctuation, and the chunker cuts before
				// "so": the gain may open the next chunk of the turn.
				if !ss[si].Unpunctuated || si+1 == len(ss) || !ss[si+1].Unpunctuated {
					continue
				}
				if next := nextWords.Words(&ss[si+1]); !l.gain(next, 0) || len(next) == 0 || next[0] != "so" && next[0] != "that" {
					continue
				}
			}
			n++
			ref := transcript.Ref{Turn: ti, Sentence: si}
			pass.Tag(ref, "next-step:payoff")
			pass.ReportAt(ref, "payoff", "next step with a payoff for the customer")
		}
	}
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("next_step_payoff", reason)
		return nil
	}
	if n == 0 {
		pass.ReportAt(transcript.Ref{Turn: -1, Sentence: -1}, "no-payoff", "no next step says what the customer gains from it")
		pass.Value("next_step_payoff", 0, "no next step with a payoff")
		return nil
	}
	pass.Value("next_step_payoff", 1, fmt.Sprintf("%d next step(s) with a payoff", n))
	return nil
}

// step returns where the first step of a sentence ends; the sentence's
// words w are scanned.
func (l *lists) step(w []string) (int, bool) {
	g, starts := l.group, l.starts
	verbs := l.any&(1<<kVerbs) != 0
	// The matches of frames's FindAll, found one at a time.
	for i := 0; l.any&(1<<kFrames) != 0 && i < len(w); {
		m, ok := g.FindFrom(kFrames, w, starts, i)
		if !ok {
			break
		}
		i = max(m.End, m.Start+1)
		if m.Phrase == "how about we" || m.Phrase == "how about i" {
			return m.End, true
		}
		for k := m.End; verbs && k < len(w) && k <= m.End+3; k++ {
			if v, ok := g.MatchAt(kVerbs, w, starts, k); ok {
				return v.End, true
			}
		}
	}
	// "We put sensors on six trucks starting Monday": a step said as a plan,
	// with its time.
	if verbs && l.any&(1<<kTimed) != 0 {
		for i := 0; i+1 < len(w); i++ {
			if w[i] == "we" || w[i] == "i" {
				if _, ok := g.MatchAt(kVerbs, w, starts, i+1); ok {
					return i + 2, true
				}
			}
		}
	}
	for i := 0; i+2 < len(w); i++ {
		if w[i] == "how" && w[i+1] == "about" && (w[i+2] == "a" || w[i+2] == "an" || w[i+2] == "we" || w[i+2] == "i") {
			return i + 3, true
		}
	}
	return 0, false
}

// gainScanned is gain over the sentence's words w, scanned.
func (l *lists) gainScanned(w []string, from int) bool {
	if l.any&(1<<kGains) != 0 {
		if _, ok := l.group.FindFrom(kGains, w, l.starts, from); ok {
			return true
		}
	}
	return soGain(w, from)
}

// gain reports whether the customer's gain follows the step.
func (l *lists) gain(w []string, from int) bool {
	if _, ok := l.gains.Find(w[from:]); ok {
		return true
	}
	return soGain(w, from)
}

// soGain reports a gain opened by "so": "so you can take real numbers to
// your CFO".
func soGain(w []string, from int) bool {
	for i := from; i+1 < len(w); i++ {
		if w[i] != "so" {
			continue
		}
		k := i + 1
		if w[k] == "that" && k+1 < len(w) && !english.FiniteVerbs.Has(w[k+1]) && !thirdPerson(w[k+1]) {
			k++ // "so that your team...", not "so that gets you to..."
		}
		if notGains.Has(w[k]) {
			continue
		}
		// "so you can see the price" gains nothing beyond the step.
		only := false
		for j := k; j+2 < len(w) && j < k+5; j++ {
			if seeing.Has(w[j]) && (w[j+1] == "the" || w[j+1] == "our" || w[j+1] == "my") && prices.Has(w[j+2]) {
				only = true
			}
		}
		if !only {
			return true
		}
	}
	return false
}
