// Package interactivity measures how often the floor changes hands.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package interactivity

import (
	"fmt"
	"math"
	"time"

	"github.com/lastmile/lastmile/analyze"
)

// The shortest calls a rate of speaker switches is measured on.
const (
	minInteractivityTime  = time.Minute
	minInteractivityWords = 150 // about a minute at 150 words a minute
)

// Interactivity measures how often the floor changes hands.
var Analyzer = &analyze.Analyzer{
	Name: "interactivity",
	Doc: `Interactivity: how often the floor changes hands.

A speaker switch is a turn followed by a turn of another speaker: every
boundary between turns, since a speaker's consecutive lines or cues make one
turn. Backchannels ("mm-hmm") count: they are interaction. With times (start
times are enough), the rate is switches per minute of the call's span of
speech, from the first turn's start to the last turn's end; untimed, it is
switches per 100 words. Every speaker counts, whatever their side. n/a with
one speaker, and for calls too short for a rate: under a minute, or under
150 words untimed.`,
	Metrics: []*analyze.MetricDef{{
		Name:  "interactivity",
		Title: "Interactivity",
		Unit:  analyze.UnitPerMin,
		Doc:   "speaker switches per minute",
		Twin:  "interactivity_words",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 3, Max: math.Inf(1)}, Fair: analyze.Range{Min: 1.5, Max: math.Inf(1)},
			Why: "lastmile default; Gong reports back-and-forth raises the odds of a next meeting but publishes no threshold"},
	}, {
		Name:  "interactivity_words",
		Title: "Interactivity",
		Unit:  analyze.UnitPer100,
		Doc:   "speaker switches per 100 words (untimed)",
		Twin:  "interactivity",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 2, Max: math.Inf(1)}, Fair: analyze.Range{Min: 1, Max: math.Inf(1)},
			Why: "lastmile default: interactivity's 3 and 1.5 a minute at 150 words a minute"},
	}},
	Run: runInteractivity,
}

func runInteractivity(pass *analyze.Pass) error {
	t := pass.Transcript
	measured, other := "interactivity", "interactivity_words"
	if !t.Timed() {
		measured, other = other, measured
	}
	if len(t.Speakers) < 2 {
		pass.NotApplicable(measured, "only one speaker")
		pass.NotApplicable(other, "only one speaker")
		return nil
	}
	if t.Timed() {
		pass.NotApplicable(other, "timed: see "+measured)
	} else {
		pass.NotApplicable(other, "untimed: see "+measured)
	}
	// A speaker's consecutive lines or cues make one turn, so every
	// boundary between turns is a switch.
	switches := len(t.Turns) - 1
	if t.Timed() {
		d := t.Duration()
		if d < minInteractivityTime {
			pass.NotApplicable(measured, "call shorter than a minute")
			return nil
		}
		pass.Value(measured, float64(switches)/d.Minutes(), analyze.Plural(switches, "switch")+" in "+analyze.FormatSeconds(d.Seconds()))
		return nil
	}
	words := 0
	for i := range t.Turns {
		words += t.Turns[i].Words()
	}
	if words < minInteractivityWords {
		pass.NotApplicable(measured, fmt.Sprintf("fewer than %d words", minInteractivityWords))
		return nil
	}
	pass.Value(measured, 100*float64(switches)/float64(words), analyze.Plural(switches, "switch")+" in "+analyze.Plural(words, "word"))
	return nil
}
