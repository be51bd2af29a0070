package analyze

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// A Summary is the compact record of one call that batch outputs and the
// roll-up need: no transcript, no findings. Keeping only this per call lets
// a batch of any size run in flat memory.
type Summary struct {
	File string
	// Err is set when the file could not be read or scored; the other
	// fields are then empty.
	Err error

	Format transcript.Format
	Timing transcript.Timing
	// Duration is the span of speech; zero when untimed.
	Duration time.Duration
	// Seller is the seller side's speaker names joined by " & ", or ""
	// when no seller was identified. SellerGuessed marks a guess.
	Seller        string
	SellerGuessed bool
	Score         float64
	Scored        bool
	// Metrics are the call-level figures with their statuses, in All's order.
	Metrics []Metric
}

// Summarize keeps what the batch outputs need of a scorecard. Its strings
// are copies: a speaker's name or a detail can be a slice of the whole
// transcript's text, which a summary must not keep alive.
func Summarize(sc *Scorecard) Summary {
	t := sc.Transcript
	s := Summary{
		File:     t.Name,
		Format:   t.Format,
		Timing:   t.Timing,
		Duration: t.Duration(),
		Seller:   strings.Clone(strings.Join(t.Sellers(), " & ")),
		Score:    sc.Score,
		Scored:   sc.Scored,
		Metrics:  make([]Metric, len(sc.Metrics)),
	}
	for i, m := range sc.Metrics {
		m.Detail, m.NA, m.Short = strings.Clone(m.Detail), strings.Clone(m.NA), strings.Clone(m.Short)
		s.Metrics[i] = m
	}
	for _, sp := range t.Speakers {
		if sp.Role == transcript.RoleRep && sp.RoleFrom == transcript.RoleFromGuess {
			s.SellerGuessed = true
		}
	}
	return s
}

// Metric returns the call-level figure of that name.
func (s *Summary) Metric(name string) (Metric, bool) {
	for _, m := range s.Metrics {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

// NoSeller is the roll-up group of calls where no seller was identified.
const NoSeller = "(no seller identified)"

// A Rollup aggregates calls: one seller's, or the whole team's.
type Rollup struct {
	Seller string // "" for the team
	Calls  int    // calls scored (failed inputs are not counted)
	Score  Stats
	// Metrics has one entry per metric, in All's order.
	Metrics []Stats
}

// Stats aggregates one figure over calls: only calls where it was measured
// count.
type Stats struct {
	Name     string
	N        int     // calls where the figure was measured
	Median   float64 // meaningless when N is 0
	Mean     float64
	Rated    int // of the N, calls where it had a target
	OnTarget int // of the Rated, calls where its status was good
}

// OnTargetShare returns OnTarget/Rated, and false when nothing was rated.
func (s Stats) OnTargetShare() (float64, bool) {
	if s.Rated == 0 {
		return 0, false
	}
	return float64(s.OnTarget) / float64(s.Rated), true
}

// A RollupBuilder aggregates calls per seller and for the team as they
// come, keeping only the numbers (not the calls), so that a batch of any
// size rolls up in little memory.
type RollupBuilder struct {
	metrics []string
	groups  map[string]*rollupGroup
	team    rollupGroup
}

type rollupGroup struct {
	calls  int
	scores []float64
	values [][]float64 // per metric
	rated  []int
	good   []int
}

// NewRollup starts a roll-up of the named metrics.
func NewRollup(metrics []string) *RollupBuilder {
	return &RollupBuilder{metrics: metrics, groups: make(map[string]*rollupGroup)}
}

// Add counts one call; failed calls are skipped.
func (b *RollupBuilder) Add(s *Summary) {
	if s.Err != nil {
		return
	}
	key := s.Seller
	if key == "" {
		key = NoSeller
	}
	g := b.groups[key]
	if g == nil {
		g = &rollupGroup{}
		b.groups[key] = g
	}
	g.add(s, b.metrics)
	b.team.add(s, b.metrics)
}

func (g *rollupGroup) add(s *Summary, metrics []string) {
	if g.values == nil {
		g.values = make([][]float64, len(metrics))
		g.rated = make([]int, len(metrics))
		g.good = make([]int, len(metrics))
	}
	g.calls++
	if s.Scored {
		g.scores = append(g.scores, s.Score)
	}
	for i, name := range metrics {
		m, ok := s.Metric(name)
		if !ok || m.NA != "" {
			continue
		}
		g.values[i] = append(g.values[i], m.Value)
		if m.Status != StatusInfo {
			g.rated[i]++
			if m.Status == StatusGood {
				g.good[i]++
			}
		}
	}
}

// Sellers returns one roll-up per seller, sorted by name, with the calls
// where no seller was identified last.
func (b *RollupBuilder) Sellers() []Rollup {
	names := make([]string, 0, len(b.groups))
	for name := range b.groups {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == NoSeller) != (names[j] == NoSeller) {
			return names[j] == NoSeller
		}
		return names[i] < names[j]
	})
	out := make([]Rollup, 0, len(names))
	for _, name := range names {
		out = append(out, b.groups[name].rollup(name, b.metrics))
	}
	return out
}

// Team returns the roll-up of every call.
func (b *RollupBuilder) Team() Rollup { return b.team.rollup("", b.metrics) }

func (g *rollupGroup) rollup(seller string, metrics []string) Rollup {
	r := Rollup{Seller: seller, Calls: g.calls, Score: stats("score", g.scores)}
	for i, name := range metrics {
		var st Stats
		if g.values != nil {
			st = stats(name, g.values[i])
			st.Rated, st.OnTarget = g.rated[i], g.good[i]
		} else {
			st.Name = name
		}
		r.Metrics = append(r.Metrics, st)
	}
	return r
}

func stats(name string, values []float64) Stats {
	st := Stats{Name: name, N: len(values)}
	if len(values) == 0 {
		return st
	}
	v := slices.Clone(values)
	st.Median = Median(v) // sorts v
	sum := 0.0
	for _, x := range v {
		sum += x
	}
	st.Mean = sum / float64(len(v))
	if math.IsNaN(st.Mean) {
		st.Mean = 0
	}
	return st
}

// MetricNames lists the call-level metric names of a set of analyzers, in
// order.
func MetricNames(analyzers []*Analyzer) []string {
	var names []string
	for _, a := range analyzers {
		for _, m := range a.Metrics {
			names = append(names, m.Name)
		}
	}
	return names
}

// Median returns the median of xs, which it sorts; xs must not be empty.
func Median[T ~int64 | ~float64](xs []T) T {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
