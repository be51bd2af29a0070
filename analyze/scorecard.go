package analyze

import (
	"fmt"
	"math"
	"slices"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// A Scorecard is what the analyzers found on one call.
type Scorecard struct {
	Transcript *transcript.Transcript
	Rubric     *Rubric
	// Metrics are the call's figures, in the order the analyzers declare
	// them, each with its status. Every declared metric is here, measured
	// or not applicable.
	Metrics []Metric
	// SpeakerMetrics are per-speaker figures, by analyzer order then
	// speaker order.
	SpeakerMetrics []Metric
	Findings       []Finding
	// Tags label sentences for the annotated transcript, in the order the
	// analyzers put them (Annotate gathers them by sentence).
	Tags []Tag
	// Score is 0-100: the weighted mean of the statuses (good 1, fair 0.5,
	// poor 0) of the scored metrics that could be measured. Scored is false
	// when none could.
	Score  float64
	Scored bool
}

// A Tag labels one sentence (or, with Ref.Sentence < 0, a turn) with one of
// an analyzer's TagDefs.
type Tag struct {
	Ref  transcript.Ref
	Name string
}

// Metric returns the call-level figure of that name.
func (sc *Scorecard) Metric(name string) (Metric, bool) {
	for _, m := range sc.Metrics {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

// SpeakerMetric returns a speaker's figure of that name.
func (sc *Scorecard) SpeakerMetric(name, speaker string) (Metric, bool) {
	for _, m := range sc.SpeakerMetrics {
		if m.Name == name && m.Speaker == speaker {
			return m, true
		}
	}
	return Metric{}, false
}

// Score runs every analyzer of the rubric over a transcript and rates the
// results.
func Score(t *transcript.Transcript, r *Rubric) (*Scorecard, error) {
	return Run(t, r, r.Analyzers())
}

// Run runs the given analyzers over a transcript and rates the results
// against the rubric.
func Run(t *transcript.Transcript, r *Rubric, analyzers []*Analyzer) (*Scorecard, error) {
	sc := &Scorecard{Transcript: t, Rubric: r}
	// About one tag a sentence: sized once rather than regrown.
	n := 0
	for i := range t.Turns {
		n += len(t.Turns[i].Sentences)
	}
	sc.Tags = make([]Tag, 0, n)
	for _, a := range analyzers {
		calls := make(map[string]Metric)
		pass := &Pass{
			Analyzer:   a,
			Transcript: t,
			Rubric:     r,
			Record: func(m Metric) {
				if !declares(a, m.Name) {
					panic(fmt.Sprintf("lastmile: analyzer %s recorded undeclared metric %q", a.Name, m.Name))
				}
				if m.Speaker != "" {
					sc.SpeakerMetrics = append(sc.SpeakerMetrics, m)
					return
				}
				if _, dup := calls[m.Name]; dup {
					panic(fmt.Sprintf("lastmile: analyzer %s recorded %q twice", a.Name, m.Name))
				}
				calls[m.Name] = m
			},
			Report: func(f Finding) {
				if !declaresFinding(a, f.Kind) {
					panic(fmt.Sprintf("lastmile: analyzer %s reported undeclared finding kind %q", a.Name, f.Kind))
				}
				f.Analyzer = a.Name
				sc.Findings = append(sc.Findings, f)
			},
			Tag: func(ref transcript.Ref, tag string) {
				if r.tagOwner[tag] != a && !declaresTag(a, tag) {
					panic(fmt.Sprintf("lastmile: analyzer %s put undeclared tag %q", a.Name, tag))
				}
				sc.Tags = append(sc.Tags, Tag{ref, tag})
			},
		}
		if err := a.Run(pass); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", t.Name, a.Name, err)
		}
		for _, def := range a.Metrics {
			m, ok := calls[def.Name]
			if !ok {
				m = Metric{Name: def.Name, NA: "not measured"}
			}
			sc.Metrics = append(sc.Metrics, m)
		}
	}
	rate(sc)
	return sc, nil
}

func declares(a *Analyzer, metric string) bool {
	return slices.ContainsFunc(a.Metrics, func(d *MetricDef) bool { return d.Name == metric })
}

func declaresTag(a *Analyzer, tag string) bool {
	return slices.ContainsFunc(a.Tags, func(d *TagDef) bool { return d.Name == tag })
}

func declaresFinding(a *Analyzer, kind string) bool {
	return slices.ContainsFunc(a.Findings, func(d *FindingDef) bool { return d.Name == kind })
}

// rate sets each call-level metric's status and the call's score.
func rate(sc *Scorecard) {
	var sum, weights float64
	for i := range sc.Metrics {
		m := &sc.Metrics[i]
		t := sc.Rubric.Target(m.Name)
		switch {
		case m.NA != "":
			m.Status = StatusNA
		case t == nil:
			m.Status = StatusInfo
		default:
			m.Status = t.Rate(m.Value)
			sum += t.Weight * statusValue(m.Status)
			weights += t.Weight
		}
	}
	if weights > 0 {
		sc.Score = math.Round(100 * sum / weights)
		sc.Scored = true
	}
}

func statusValue(s Status) float64 {
	switch s {
	case StatusGood:
		return 1
	case StatusFair:
		return 0.5
	}
	return 0
}
