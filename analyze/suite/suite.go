// Package suite is lastmile's set of analyzers and its default rubric, as
// golang.org/x/tools/go/analysis/suite/vet is vet's: the one place that
// lists every metric. The order here is the order of the scorecard, the
// JSON metrics, the CSV columns and the README's metric reference.
package suite

import (
	"sync"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/passes/fillers"
	"github.com/lastmile/lastmile/analyze/passes/focus"
	"github.com/lastmile/lastmile/analyze/passes/interactivity"
	"github.com/lastmile/lastmile/analyze/passes/interruptions"
	"github.com/lastmile/lastmile/analyze/passes/monologue"
	"github.com/lastmile/lastmile/analyze/passes/negotiation"
	"github.com/lastmile/lastmile/analyze/passes/nextstep"
	"github.com/lastmile/lastmile/analyze/passes/openers"
	"github.com/lastmile/lastmile/analyze/passes/pace"
	"github.com/lastmile/lastmile/analyze/passes/patience"
	"github.com/lastmile/lastmile/analyze/passes/payoff"
	"github.com/lastmile/lastmile/analyze/passes/questions"
	"github.com/lastmile/lastmile/analyze/passes/refusals"
	"github.com/lastmile/lastmile/analyze/passes/relationship"
	"github.com/lastmile/lastmile/analyze/passes/talk"
)

// All lists every analyzer, in the order the scorecard shows them.
var All = []*analyze.Analyzer{
	talk.Analyzer,
	pace.Analyzer,
	questions.Analyzer,
	focus.Analyzer,
	openers.Analyzer,
	interruptions.Analyzer,
	monologue.Analyzer,
	interactivity.Analyzer,
	patience.Analyzer,
	nextstep.Analyzer,
	fillers.Analyzer,
	negotiation.Analyzer,
	refusals.Analyzer,
	relationship.Analyzer,
	payoff.Analyzer,
}

// Shared are the phrase lists several analyzers read (the backchannels).
var Shared = turns.Shared

var defaultRubric = sync.OnceValue(func() *analyze.Rubric { return analyze.NewRubric(All, Shared) })

// Default returns the built-in rubric for All. It is read-only and shared.
func Default() *analyze.Rubric { return defaultRubric() }

// Validate checks All, as the driver relies on it.
func Validate() error { return analyze.Validate(All, Shared) }
