// Package patience measures how long the seller pauses after the customer
// stops before replying.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package patience

import (
	"fmt"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// minReplies is the fewest replies a median pause is taken over.
const minReplies = 3

// Patience measures how long the seller lets a customer's words land before
// replying.
var Analyzer = &analyze.Analyzer{
	Name: "patience",
	Doc: `Patience: how long the seller pauses after the customer stops, before replying.

A reply is a seller turn right after a customer turn, neither of them a
backchannel: a seller's "mm-hmm" is no reply, and what follows a customer's
"okay" answers nothing. The pause is the reply's start minus the end of the
customer's turn (the latest end of its cues). A reply that starts before the
customer has finished (an overlap) counts as a pause of 0 s: there was none,
and the length of an overlap is not a longer or shorter lack of patience.
The metric is the median pause over the call's replies, which the odd long
silence (a screen share, a lookup) does not move. Each seller with at least 3
replies gets their own median. Needs cue end times: n/a for untimed
transcripts and for start times only, whose derived ends hide the pauses.
n/a without both a seller and a customer, or with fewer than 3 replies.`,
	Metrics: []*analyze.MetricDef{{
		Name:  "patience",
		Title: "Patience",
		Unit:  analyze.UnitSeconds,
		Doc:   "the seller's median pause before replying to the customer",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 0.6, Max: 3}, Fair: analyze.Range{Min: 0.3, Max: 5},
			Why: "secondary reports of Gong data: top reps pause about 1 s before replying, most reps about 0.5 s"},
	}},
	Run: runPatience,
}

func runPatience(pass *analyze.Pass) error {
	t := pass.Transcript
	if t.Timing != transcript.TimingFull {
		pass.NotApplicable("patience", "needs cue end times")
		return nil
	}
	if reason := turns.NoSides(t); reason != "" {
		pass.NotApplicable("patience", reason)
		return nil
	}
	var all []time.Duration
	bySeller := make(map[string][]time.Duration)
	for i := 1; i < len(t.Turns); i++ {
		customer, reply := &t.Turns[i-1], &t.Turns[i]
		if customer.Role != transcript.RoleCustomer || reply.Role != transcript.RoleRep ||
			turns.IsBackchannelTurn(pass.Rubric, customer) || turns.IsBackchannelTurn(pass.Rubric, reply) {
			continue
		}
		pause := max(0, reply.Start-customer.End)
		all = append(all, pause)
		bySeller[reply.Speaker] = append(bySeller[reply.Speaker], pause)
	}
	for _, name := range t.Sellers() {
		if pauses := bySeller[name]; len(pauses) >= minReplies {
			pass.SpeakerValue("patience", name, analyze.Median(pauses).Seconds(), fmt.Sprintf("median of %d replies", len(pauses)))
		}
	}
	if len(all) < minReplies {
		pass.NotApplicable("patience", fmt.Sprintf("fewer than %d replies", minReplies))
		return nil
	}
	pass.Value("patience", analyze.Median(all).Seconds(), fmt.Sprintf("median of %d replies", len(all)))
	return nil
}
