package suite_test

import (
	"math"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/passes/pace"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
)

// TestOneSpeaker: a call with one speaker is no conversation, even when the
// speaker is labelled "Rep". The metrics of talking to a customer are n/a
// "only one speaker"; those of the seller's own speech are measured.
func TestOneSpeaker(t *testing.T) {
	// 6 + 6 + 8 = 20 words, 2 fillers (um, "you know" set off by commas):
	// 2 / 20 x 100 = 10 per 100 words.
	const src = `Rep: Hi, is this a good time? Let's book a demo for Tuesday. Um, we help, you know, teams like yours.`
	tests := []struct {
		file   string
		metric string
		want   float64 // NaN: n/a
		na     string
	}{
		{"call.txt", "talk_ratio", math.NaN(), "only one speaker"},
		{"call.txt", "questions", math.NaN(), "only one speaker"},
		{"call.txt", "open_question_share", math.NaN(), "only one speaker"},
		{"call.txt", "customer_questions", math.NaN(), "only one speaker"},
		{"call.txt", "customer_focus", math.NaN(), "only one speaker"},
		{"call.txt", "opener", math.NaN(), "only one speaker"},
		{"call.txt", "interruptions", math.NaN(), "only one speaker"},
		{"call.txt", "longest_monologue_words", math.NaN(), "only one speaker"},
		{"call.txt", "interactivity_words", math.NaN(), "only one speaker"},
		{"call.txt", "next_step", math.NaN(), "only one speaker"},
		{"call.txt", "fillers", 10, ""},
		{"call.txt", "pace", math.NaN(), "needs cue end times"},
	}
	tr, err := read.Parse("call.txt", []byte(src), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := analyze.Run(tr, suite.Default(), suite.All)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		m, ok := sc.Metric(tt.metric)
		switch {
		case !ok:
			t.Errorf("%s not recorded", tt.metric)
		case math.IsNaN(tt.want) && m.NA != tt.na:
			t.Errorf("%s: n/a %q (value %v), want n/a %q", tt.metric, m.NA, m.Value, tt.na)
		case !math.IsNaN(tt.want) && (m.NA != "" || math.Abs(m.Value-tt.want) > 0.01):
			t.Errorf("%s = %v (n/a %q), want %v", tt.metric, m.Value, m.NA, tt.want)
		}
	}
}

// TestOneSpeakerTimedPace: a lone seller's pace is measured: 30 words in
// 12 s of speech = 150 words a minute.
func TestOneSpeakerTimedPace(t *testing.T) {
	sc := analyzetest.Score(t, pace.Analyzer, "call.timed", `0-12 Rep: one two three four five six seven eight nine ten one two three four five six seven eight nine ten one two three four five six seven eight nine ten`, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "pace"); math.Abs(got-150) > 0.01 {
		t.Errorf("pace = %v, want 150", got)
	}
}
