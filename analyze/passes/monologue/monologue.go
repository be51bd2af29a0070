// Package monologue finds the longest stretch each side holds the floor: the
// seller's longest monologue and the customer's longest story.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package monologue

import (
	"fmt"
	"math"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Monologue measures the longest stretch each side holds the floor.
var Analyzer = &analyze.Analyzer{
	Name: "monologue",
	Doc: `Longest monologue and longest customer story: the longest stretch each side
holds the floor.

A stretch is a run of consecutive turns of one side (seller or customer;
several speakers of one side may take turns in it). A backchannel of the
other side ("mm-hmm", "right": see the backchannels list) does not end it;
any other turn of the other side does, even a short question ("How much?").
With times (start times are enough: this is floor time, not speech time), a
stretch lasts from its first turn's start to the latest end of its side's
turns, in seconds, pauses and the other side's backchannels included;
untimed, its length is the number of its side's words. longest_monologue is
the seller side's longest stretch, longest_customer_story the customer
side's, each with its words-based twin for untimed transcripts. A side whose
only turns are backchannels inside the other side's stretches never held the
floor: its figure is 0 ("only backchannels"). n/a with one speaker, or unless
the call has both a seller and a customer.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "longest_monologue",
		Column: "Monologue",
		Title:  "Longest monologue",
		Unit:   analyze.UnitSeconds,
		Doc:    "the seller side's longest stretch holding the floor",
		Twin:   "longest_monologue_words",
		Target: &analyze.Target{Weight: 1.5, Good: analyze.Range{Min: math.Inf(-1), Max: 90}, Fair: analyze.Range{Min: math.Inf(-1), Max: 150},
			Why: "Gong (257,967 calls) found company overviews longer than ~2 minutes go with falling win rates; lastmile default 90 s"},
	}, {
		Name:  "longest_monologue_words",
		Title: "Longest monologue",
		Unit:  analyze.UnitWords,
		Doc:   "the seller side's longest stretch holding the floor, in words (untimed)",
		Twin:  "longest_monologue",
		Target: &analyze.Target{Weight: 1.5, Good: analyze.Range{Min: math.Inf(-1), Max: 225}, Fair: analyze.Range{Min: math.Inf(-1), Max: 375},
			Why: "as longest_monologue (Gong: overviews past ~2 minutes go with falling win rates), at 150 words a minute: 90 s ≈ 225 words"},
	}, {
		Name:  "longest_customer_story",
		Title: "Longest customer story",
		Unit:  analyze.UnitSeconds,
		Doc:   "the customer side's longest stretch holding the floor",
		Twin:  "longest_customer_story_words",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 60, Max: math.Inf(1)}, Fair: analyze.Range{Min: 30, Max: math.Inf(1)},
			Why: "Gong: when customers talk longer uninterrupted (up to ~4 min), win rates rise; stretches of at most ~50 s went with below-average close rates"},
	}, {
		Name:  "longest_customer_story_words",
		Title: "Longest customer story",
		Unit:  analyze.UnitWords,
		Doc:   "the customer side's longest stretch holding the floor, in words (untimed)",
		Twin:  "longest_customer_story",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 150, Max: math.Inf(1)}, Fair: analyze.Range{Min: 75, Max: math.Inf(1)},
			Why: "as longest_customer_story (Gong: longer uninterrupted customer stories go with higher win rates), at 150 words a minute: 60 s ≈ 150 words"},
	}},
	Tags: []*analyze.TagDef{
		{Name: "monologue:start", Title: "monologue starts", Tone: analyze.ToneWarn,
			Doc: "A long stretch without the other side speaking starts here"},
		{Name: "monologue", Title: "monologue", Tone: analyze.ToneWarn,
			Doc: "Part of a long stretch without the other side speaking"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "monologue", Title: "Monologue", Tone: analyze.ToneBad, Doc: "The seller side's longest stretch holding the floor",
			Mark: &analyze.Mark{Shape: analyze.ShapeBand, Legend: "Longest monologue"}},
		{Name: "customer-story", Title: "Customer story", Tone: analyze.ToneGood, Doc: "The customer side's longest stretch holding the floor"},
	},
	Run: runMonologue,
}

// A stretch is a run of turns first..last in which one side holds the
// floor.
type stretch struct {
	role        transcript.Role
	first, last int
	words       int
	start, end  time.Duration
}

func (s *stretch) length() time.Duration { return s.end - s.start }

// longer reports whether s beats best: by time when timed, else by words.
func (s *stretch) longer(best *stretch, timed bool) bool {
	if best.role == transcript.RoleUnknown {
		return true
	}
	if timed {
		return s.length() > best.length()
	}
	return s.words > best.words
}

func runMonologue(pass *analyze.Pass) error {
	t := pass.Transcript
	timed := t.Timed()
	secs, words := [2]string{"longest_monologue", "longest_customer_story"}, [2]string{"longest_monologue_words", "longest_customer_story_words"}
	if reason := turns.NoSides(t); reason != "" {
		for i := range 2 {
			pass.NotApplicable(secs[i], reason)
			pass.NotApplicable(words[i], reason)
		}
		return nil
	}
	var best [2]stretch // seller, customer
	var spoke [2]bool   // whether each side has any turn, backchannels included
	var cur stretch
	closeCur := func() {
		if k := sideIndex(cur.role); k >= 0 && cur.longer(&best[k], timed) {
			best[k] = cur
		}
	}
	for i := range t.Turns {
		turn := &t.Turns[i]
		if k := sideIndex(turn.Role); k >= 0 {
			spoke[k] = true
		}
		switch {
		case turn.Role == cur.role && cur.role != transcript.RoleUnknown:
			cur.last = i
			cur.words += turn.Words()
			cur.end = max(cur.end, turn.End)
		case cur.role != transcript.RoleUnknown && turns.IsBackchannelTurn(pass.Rubric, turn):
			// The other side's "mm-hmm": the stretch goes on.
		default:
			closeCur()
			cur = stretch{role: turn.Role, first: i, last: i, words: turn.Words(), start: turn.Start, end: turn.End}
		}
	}
	closeCur()

	for k, label := range [2]string{"seller monologue", "customer story"} {
		s := &best[k]
		if s.role == transcript.RoleUnknown {
			if !spoke[k] {
				pass.NotApplicable(secs[k], "no "+[2]string{"seller", "customer"}[k]+" turns")
				pass.NotApplicable(words[k], "no "+[2]string{"seller", "customer"}[k]+" turns")
				continue
			}
			// The side only said "mm-hmm" inside the other's stretches: it
			// never held the floor.
			if timed {
				pass.Value(secs[k], 0, "only backchannels")
				pass.NotApplicable(words[k], "timed: see "+secs[k])
			} else {
				pass.Value(words[k], 0, "only backchannels")
				pass.NotApplicable(secs[k], "untimed: see "+words[k])
			}
			continue
		}
		size := analyze.Plural(s.words, "word")
		if timed {
			size = fmt.Sprintf("%s (%s)", analyze.FormatSeconds(s.length().Seconds()), analyze.Plural(s.words, "word"))
			pass.Value(secs[k], s.length().Seconds(), size)
			pass.NotApplicable(words[k], "timed: see "+secs[k])
		} else {
			pass.Value(words[k], float64(s.words), size)
			pass.NotApplicable(secs[k], "untimed: see "+words[k])
		}
		msg := "longest " + label + ": " + size
		if lines := turns.FmtLines(turns.SentenceLines(&t.Turns[s.first], &t.Turns[s.last])); lines != "" {
			msg += ", " + lines
		}
		kind := "monologue"
		if k == 1 {
			kind = "customer-story"
		}
		// The evidence is the start of the stretch; the span runs to its
		// side's last sentence.
		end := transcript.Ref{Turn: s.last, Sentence: max(0, turns.LastSentence(&t.Turns[s.last]))}
		pass.ReportSpan(transcript.Ref{Turn: s.first, Sentence: -1}, end, kind, msg)
	}
	if s := &best[0]; s.role == transcript.RoleRep {
		tag := "monologue:start"
		for i := s.first; i <= s.last; i++ {
			if t.Turns[i].Role != transcript.RoleRep {
				continue
			}
			for j := range t.Turns[i].Sentences {
				pass.Tag(transcript.Ref{Turn: i, Sentence: j}, tag)
				tag = "monologue"
			}
		}
	}
	return nil
}

// sideIndex is 0 for the seller side, 1 for the customer side, -1 else.
func sideIndex(r transcript.Role) int {
	switch r {
	case transcript.RoleRep:
		return 0
	case transcript.RoleCustomer:
		return 1
	}
	return -1
}
