// Package pace measures how fast the seller side speaks, in words per minute.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package pace

import (
	"fmt"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// minPaceSpeech is the least speech time a pace is measured over: a few
// seconds of "yeah, sure" say nothing about how fast someone talks.
const minPaceSpeech = 10 * time.Second

// Pace measures how fast the seller speaks.
var Analyzer = &analyze.Analyzer{
	Name: "pace",
	Doc: `Speaking pace: how fast the seller side speaks, in words per minute.

A speaker's pace is their words divided by their speech time, the time
covered by their cues: overlapping cues of the same speaker count once, the
silence between cues is left out (a pause inside one cue stays in). The
seller side's pace is all seller words / the sellers' speech time added up.
Each speaker with at least 10 s of speech gets their own pace. Needs cue end
times (subtitles, ASR JSON): n/a for untimed transcripts and for start times
only, whose derived ends include the silence before the next turn. A lone
speaker labelled a seller is measured. n/a when no seller is identified, or
when the sellers speak for under 10 s in all ("too little speech").`,
	Metrics: []*analyze.MetricDef{{
		Name:  "pace",
		Title: "Pace",
		Unit:  analyze.UnitWPM,
		Doc:   "the seller side's words per minute of speech",
		Target: &analyze.Target{Weight: 0.5, Good: analyze.Range{Min: 110, Max: 180}, Fair: analyze.Range{Min: 90, Max: 200},
			Why: "secondary reports of Gong data: 173 wpm average across 67,149 meetings; Objective Management Group found top performers near 110 wpm — a wide band, lightly weighted"},
	}},
	Run: runPace,
}

func runPace(pass *analyze.Pass) error {
	t := pass.Transcript
	if t.Timing != transcript.TimingFull {
		pass.NotApplicable("pace", "needs cue end times")
		return nil
	}
	totals := turns.Totals(t)
	var sellerWords int
	var sellerTime time.Duration
	for _, s := range t.Speakers {
		n, d := totals[s.Name].Words, totals[s.Name].Speech
		if d >= minPaceSpeech {
			pass.SpeakerValue("pace", s.Name, wpm(n, d), fmt.Sprintf("%s in %s", analyze.Plural(n, "word"), analyze.FormatSeconds(d.Seconds())))
		}
		if s.Role == transcript.RoleRep {
			sellerWords += n
			sellerTime += d
		}
	}
	if reason := turns.NoSellerSpeech(t); reason != "" {
		pass.NotApplicable("pace", reason)
		return nil
	}
	if sellerTime < minPaceSpeech {
		pass.NotApplicable("pace", "too little speech")
		return nil
	}
	pass.Value("pace", wpm(sellerWords, sellerTime), fmt.Sprintf("%s in %s of speech", analyze.Plural(sellerWords, "word"), analyze.FormatSeconds(sellerTime.Seconds())))
	return nil
}

func wpm(words int, d time.Duration) float64 {
	return float64(words) / d.Minutes()
}
