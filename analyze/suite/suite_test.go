package suite_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
)

var update = flag.Bool("update", false, "rewrite generated documentation and golden files")

func TestAllValid(t *testing.T) {
	if err := suite.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, a := range suite.All {
		title, rest, _ := strings.Cut(a.Doc, "\n")
		if !strings.Contains(title, ":") || strings.TrimSpace(rest) == "" {
			t.Errorf("%s: Doc needs a title line (\"Name: what it measures\") and a definition", a.Name)
		}
	}
}

func TestValidateCatchesDuplicates(t *testing.T) {
	run := func(*analyze.Pass) error { return nil }
	m := func(name string) *analyze.MetricDef {
		return &analyze.MetricDef{Name: name, Title: "T", Unit: analyze.UnitCount, Doc: "d"}
	}
	a := &analyze.Analyzer{Name: "a", Doc: "A: a", Run: run, Metrics: []*analyze.MetricDef{m("x")}}
	b := &analyze.Analyzer{Name: "b", Doc: "B: b", Run: run, Metrics: []*analyze.MetricDef{m("x")}}
	if err := analyze.Validate([]*analyze.Analyzer{a, b}, suite.Shared); err == nil {
		t.Error("two analyzers declaring metric x passed")
	}
	c := &analyze.Analyzer{Name: "c", Doc: "C: c", Run: run, Phrases: []*phrase.List{{Name: "backchannels", Doc: "d"}}}
	if err := analyze.Validate([]*analyze.Analyzer{c}, suite.Shared); err == nil {
		t.Error("an analyzer redeclaring the shared backchannels list passed")
	}
	if err := analyze.Validate([]*analyze.Analyzer{{Name: "Bad Name", Doc: "d", Run: run}}, nil); err == nil {
		t.Error("a name that is not flag-safe passed")
	}
}

func TestScoreWeighting(t *testing.T) {
	// Three metrics with weights 3, 1, 2: good, poor, n/a. The n/a one is
	// left out: score = 100 * (3*1 + 1*0) / (3+1) = 75.
	def := func(name string, w float64) *analyze.MetricDef {
		return &analyze.MetricDef{Name: name, Title: name, Unit: analyze.UnitCount, Doc: "d",
			Target: &analyze.Target{Weight: w, Good: analyze.Range{Min: 0, Max: 1}, Fair: analyze.Range{Min: 0, Max: 2}}}
	}
	a := &analyze.Analyzer{Name: "fake", Doc: "Fake: test", Metrics: []*analyze.MetricDef{def("m1", 3), def("m2", 1), def("m3", 2), {Name: "info", Title: "i", Unit: analyze.UnitCount, Doc: "d"}},
		Run: func(p *analyze.Pass) error {
			p.Value("m1", 1, "")
			p.Value("m2", 5, "")
			p.NotApplicable("m3", "untimed")
			p.Value("info", 42, "")
			return nil
		}}
	r := analyze.NewRubric([]*analyze.Analyzer{a}, nil)
	tr, err := read.Parse("x.txt", []byte("Rep: hi\nCustomer: hello"), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := analyze.Run(tr, r, r.Analyzers())
	if err != nil {
		t.Fatal(err)
	}
	if !sc.Scored || sc.Score != 75 {
		t.Errorf("score %v (scored %v), want 75", sc.Score, sc.Scored)
	}
	want := map[string]analyze.Status{"m1": analyze.StatusGood, "m2": analyze.StatusPoor, "m3": analyze.StatusNA, "info": analyze.StatusInfo}
	for name, st := range want {
		if m, _ := sc.Metric(name); m.Status != st {
			t.Errorf("%s: status %s, want %s", name, m.Status, st)
		}
	}
}

// TestREADMEMetrics keeps the README's metric reference equal to the
// analyzers' own documentation, which is where each metric is defined.
// go test -update rewrites it.
func TestREADMEMetrics(t *testing.T) {
	const begin, end = "<!-- metrics:begin (generated from suite.All by go test ./analyze/suite -update) -->\n", "<!-- metrics:end -->"
	syncREADME(t, begin, end, metricsMarkdown(suite.Default()), "metric reference")
}

// syncREADME checks that the README's text between the markers begin and
// end is gen, and with -update writes gen there; what names the section in
// the failure.
func syncREADME(t *testing.T, begin, end, gen, what string) {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("no README.md")
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the markers %q ... %q", begin, end)
	}
	from, to := i+len(begin), j
	if readme[from:to] == gen {
		return
	}
	if !*update {
		t.Fatalf("README.md's %s is out of date: run go test ./analyze/suite -update", what)
	}
	if err := os.WriteFile("../../README.md", []byte(readme[:from]+gen+readme[to:]), 0o644); err != nil {
		t.Fatal(err)
	}
}

// metricsMarkdown documents every analyzer: its definition, its metrics
// with default targets and sources, and its phrase lists.
func metricsMarkdown(r *analyze.Rubric) string {
	var b strings.Builder
	for _, a := range r.Analyzers() {
		title, rest, _ := strings.Cut(a.Doc, "\n")
		fmt.Fprintf(&b, "#### %s\n\n%s\n\n", title, strings.TrimSpace(rest))
		if len(a.Metrics) > 0 {
			b.WriteString("| metric | unit | good | fair | weight | why |\n|---|---|---|---|---|---|\n")
			for _, m := range a.Metrics {
				tg := r.Target(m.Name)
				if tg == nil {
					fmt.Fprintf(&b, "| `%s` | %s | informational | | | %s |\n", m.Name, m.Unit, m.Doc)
					continue
				}
				fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", m.Name, m.Unit, tg.Good, tg.Fair, analyze.Range{Min: tg.Weight, Max: tg.Weight}, strings.ReplaceAll(tg.Why, "|", "/"))
			}
			b.WriteString("\n")
		}
		if len(a.Phrases) > 0 {
			var names []string
			for _, l := range a.Phrases {
				names = append(names, fmt.Sprintf("`%s` (%d)", l.Name, len(l.Default)))
			}
			fmt.Fprintf(&b, "Phrase lists (entries): %s.\n\n", strings.Join(names, ", "))
		}
	}
	return b.String()
}
