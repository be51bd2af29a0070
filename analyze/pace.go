package analyze

import (
	"fmt"
	"time"
)

// minPaceSpeech is the least speech time a pace is measured over: a few
// seconds of "yeah, sure" say nothing about how fast someone talks.
const minPaceSpeech = 10 * time.Second

// Pace measures how fast the seller speaks.
var Pace = &Analyzer{
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
	Metrics: []*MetricDef{{
		Name:  "pace",
		Title: "Pace",
		Unit:  UnitWPM,
		Doc:   "the seller side's words per minute of speech",
		Target: &Target{Weight: 0.5, Good: Range{110, 180}, Fair: Range{90, 200},
			Why: "secondary reports of Gong data: 173 wpm average across 67,149 meetings; Objective Management Group found top performers near 110 wpm — a wide band, lightly weighted"},
	}},
	Run: runPace,
}

func runPace(pass *Pass) error {
	t := pass.Transcript
	if t.Timing != TimingFull {
		pass.NotApplicable("pace", "needs cue end times")
		return nil
	}
	totals := speakerTotals(t)
	var sellerWords int
	var sellerTime time.Duration
	for _, s := range t.Speakers {
		n, d := totals[s.Name].words, totals[s.Name].speech
		if d >= minPaceSpeech {
			pass.SpeakerValue("pace", s.Name, wpm(n, d), fmt.Sprintf("%d words in %s", n, FormatSeconds(d.Seconds())))
		}
		if s.Role == RoleRep {
			sellerWords += n
			sellerTime += d
		}
	}
	if reason := noSellerSpeech(t); reason != "" {
		pass.NotApplicable("pace", reason)
		return nil
	}
	if sellerTime < minPaceSpeech {
		pass.NotApplicable("pace", "too little speech")
		return nil
	}
	pass.Value("pace", wpm(sellerWords, sellerTime), fmt.Sprintf("%d words in %s of speech", sellerWords, FormatSeconds(sellerTime.Seconds())))
	return nil
}

func wpm(words int, d time.Duration) float64 {
	return float64(words) / d.Minutes()
}
