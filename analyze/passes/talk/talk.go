// Package talk measures the seller side's share of the talking (talk_ratio).
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package talk

import (
	"fmt"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Talk measures who holds the floor.
var Analyzer = &analyze.Analyzer{
	Name: "talk",
	Doc: `Talk ratio: the seller side's share of the talking.

With times from the source (subtitles, ASR JSON), a speaker's talk is the time
covered by their cues, with silence excluded and overlapping speech counted
for both speakers; the seller's share is seller time / (seller time +
customer time). Without times (or with start times only, which cannot tell
speech from silence), it is the share of words: seller words / (seller words
+ customer words). Speakers of unknown role are left out of the ratio. Each
speaker's own share of all talk is reported beside it. n/a unless the call
has both a seller and a customer: with one speaker, when no seller is
identified, or when no customer is.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "talk_ratio",
		Column: "Talk",
		Title:  "Talk ratio",
		Unit:   analyze.UnitPercent,
		Doc:    "the seller side's share of talk time (or of words, untimed)",
		Target: &analyze.Target{Weight: 3, Good: analyze.Range{Min: 35, Max: 50}, Fair: analyze.Range{Min: 25, Max: 65},
			Why: "Gong Labs (25,537 B2B calls): top sellers talk about 43% of the time; above 65% wins fall off"},
	}},
	Run: runTalk,
}

func runTalk(pass *analyze.Pass) error {
	t := pass.Transcript
	byTime := t.Timing == transcript.TimingFull
	totals := turns.Totals(t)
	amount := make(map[string]float64, len(t.Speakers))
	for _, s := range t.Speakers {
		if byTime {
			amount[s.Name] = totals[s.Name].Speech.Seconds()
		} else {
			amount[s.Name] = float64(totals[s.Name].Words)
		}
	}
	var total, rep, customer float64
	for _, s := range t.Speakers {
		total += amount[s.Name]
		switch s.Role {
		case transcript.RoleRep:
			rep += amount[s.Name]
		case transcript.RoleCustomer:
			customer += amount[s.Name]
		}
	}
	describe := func(v float64) string {
		if byTime {
			return analyze.FormatSeconds(v)
		}
		return analyze.Plural(int(v), "word")
	}
	if total > 0 {
		for _, s := range t.Speakers {
			pass.SpeakerValue("talk_ratio", s.Name, 100*amount[s.Name]/total, describe(amount[s.Name]))
		}
	}
	if reason := turns.NoSides(t); reason != "" {
		pass.NotApplicable("talk_ratio", reason)
		return nil
	}
	if rep+customer == 0 {
		pass.NotApplicable("talk_ratio", "no speech")
		return nil
	}
	basis := "by words"
	if byTime {
		basis = "by time"
	}
	pass.Value("talk_ratio", 100*rep/(rep+customer),
		fmt.Sprintf("%s: seller %s, customer %s", basis, describe(rep), describe(customer)))
	return nil
}
