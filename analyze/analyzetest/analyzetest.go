// Package analyzetest tests an analyzer on small transcripts whose
// expectations are written on the lines they concern, as
// golang.org/x/tools/go/analysis/analysistest does for Go code:
//
//	Rep: How is the rollout going?          // want "question:open"
//	Customer: Slow, honestly.
//	Rep: Do you have budget this quarter?   // want "question:closed"
//	// want questions=2 open_question_share=50 customer_questions=0
//
// A quoted expectation is a regular expression that must match a tag the
// analyzer put on a sentence of that line, or a finding on it (matched as
// "kind: message"). Run fails on anything the analyzer tagged or reported
// that no expectation matched, and on any expectation nothing matched. A
// comment line of its own holds the expectations about the whole call:
// findings about no one place, and metric values, written NAME=VALUE (the
// value as printed, to one decimal: "talk_ratio=42.9"), NAME=n/a, or
// NAME~"regexp" for a regular expression the metric's detail (or, when it is
// not applicable, its reason) must match. Metrics are checked only where an
// expectation names them.
//
// A transcript named "*.timed" is in a test-only shape with cue times in
// seconds, "12.5-15 Rep: text", one cue a line; any other name is read as
// its extension says.
package analyzetest

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Rubric returns the default rubric of one analyzer: its own declarations
// and the shared phrase lists.
func Rubric(a *analyze.Analyzer) *analyze.Rubric {
	return analyze.NewRubric([]*analyze.Analyzer{a}, turns.Shared)
}

// Run reads src (in the format name implies) with opts, runs one analyzer
// with its default rubric, checks its tags, findings and metrics against
// the // want comments, and returns the scorecard for further checks.
func Run(t testing.TB, a *analyze.Analyzer, name, src string, opts read.ReadOptions) *analyze.Scorecard {
	t.Helper()
	return RunRubric(t, a, Rubric(a), name, src, opts)
}

// RunRubric is Run with a rubric of the caller's.
func RunRubric(t testing.TB, a *analyze.Analyzer, r *analyze.Rubric, name, src string, opts read.ReadOptions) *analyze.Scorecard {
	t.Helper()
	clean, wants, metrics := parseWants(t, src)
	tr := Read(t, name, clean, opts)
	sc, err := analyze.Run(tr, r, []*analyze.Analyzer{a})
	if err != nil {
		t.Fatalf("running %s: %v", a.Name, err)
	}
	checkFacts(t, name, tr, sc, wants)
	for _, m := range metrics {
		m.check(t, name, sc)
	}
	return sc
}

// RunDir runs Run on every *.txt transcript of dir, each as a subtest
// named by its file, and fails when there is none.
func RunDir(t *testing.T, a *analyze.Analyzer, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts in %s: %v", dir, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			Run(t, a, filepath.Base(f), string(src), read.ReadOptions{})
		})
	}
}

// Score reads a test transcript (without // want comments) and runs one
// analyzer on it with its default rubric, checking nothing.
func Score(t testing.TB, a *analyze.Analyzer, name, src string, opts read.ReadOptions) *analyze.Scorecard {
	t.Helper()
	sc, err := analyze.Run(Read(t, name, src, opts), Rubric(a), []*analyze.Analyzer{a})
	if err != nil {
		t.Fatalf("running %s: %v", a.Name, err)
	}
	return sc
}

// Read reads a test transcript: the ".timed" shape, or the format its
// name implies.
func Read(t testing.TB, name, src string, opts read.ReadOptions) *transcript.Transcript {
	t.Helper()
	var tr *transcript.Transcript
	var err error
	if strings.HasSuffix(name, ".timed") {
		tr, err = read.Build(name, read.Lastmile, parseTimed(t, src), opts)
	} else {
		tr, err = read.Parse(name, []byte(src), opts)
	}
	if err != nil {
		t.Fatalf("reading: %v", err)
	}
	return tr
}

var wantRE = regexp.MustCompile(`//\s*want\s+(.*)$`)

// A metricWant is an expectation about a call-level metric.
type metricWant struct {
	line   int
	name   string
	na     bool
	value  float64
	detail *regexp.Regexp
}

// parseWants strips "// want" comments from src and returns the clean text,
// the expectations by line (0 for whole-call ones) and those about metrics.
func parseWants(t testing.TB, src string) (string, map[int][]*regexp.Regexp, []metricWant) {
	t.Helper()
	wants := make(map[int][]*regexp.Regexp)
	var metrics []metricWant
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		m := wantRE.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		line := i + 1
		if strings.TrimSpace(l[:m[0]]) == "" {
			line = 0
			lines[i] = ""
		} else {
			lines[i] = strings.TrimRight(l[:m[0]], " \t")
		}
		rest := strings.TrimSpace(l[m[2]:m[3]])
		for rest != "" {
			if rest[0] != '"' && rest[0] != '`' {
				mw, n := parseMetricWant(t, i+1, rest)
				metrics = append(metrics, mw)
				rest = strings.TrimSpace(rest[n:])
				continue
			}
			wants[line] = append(wants[line], quotedRE(t, i+1, &rest))
		}
	}
	return strings.Join(lines, "\n"), wants, metrics
}

// quotedRE reads a quoted regular expression from the front of *rest.
func quotedRE(t testing.TB, line int, rest *string) *regexp.Regexp {
	t.Helper()
	q, err := strconv.QuotedPrefix(*rest)
	if err != nil {
		t.Fatalf("line %d: bad want %q: %v", line, *rest, err)
	}
	s, _ := strconv.Unquote(q)
	re, err := regexp.Compile(s)
	if err != nil {
		t.Fatalf("line %d: bad want pattern %q: %v", line, s, err)
	}
	*rest = strings.TrimSpace((*rest)[len(q):])
	return re
}

var metricWantRE = regexp.MustCompile(`^([a-z][a-z0-9_]*)(=n/a|=-?[0-9]+(?:\.[0-9]+)?|~)`)

// parseMetricWant reads NAME=VALUE, NAME=n/a or NAME~"regexp" from the
// front of s and returns it with the length it took.
func parseMetricWant(t testing.TB, line int, s string) (metricWant, int) {
	t.Helper()
	m := metricWantRE.FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("line %d: bad want %q: want a quoted pattern, NAME=VALUE, NAME=n/a or NAME~\"pattern\"", line, s)
	}
	w := metricWant{line: line, name: m[1]}
	switch op := m[2]; {
	case op == "=n/a":
		w.na = true
	case op == "~":
		rest := s[len(m[0]):]
		before := len(rest)
		w.detail = quotedRE(t, line, &rest)
		return w, len(m[0]) + before - len(rest)
	default:
		w.value, _ = strconv.ParseFloat(op[1:], 64)
	}
	return w, len(m[0])
}

func (w metricWant) check(t testing.TB, name string, sc *analyze.Scorecard) {
	t.Helper()
	at := fmt.Sprintf("%s:%d", name, w.line)
	m, ok := sc.Metric(w.name)
	switch {
	case !ok:
		t.Errorf("%s: metric %s not recorded", at, w.name)
	case w.detail != nil:
		text := m.Detail
		if m.NA != "" {
			text = m.NA
		}
		if !w.detail.MatchString(text) {
			t.Errorf("%s: %s detail %q does not match %q", at, w.name, text, w.detail)
		}
	case w.na && m.NA == "":
		t.Errorf("%s: %s = %v, want n/a", at, w.name, m.Value)
	case !w.na && m.NA != "":
		t.Errorf("%s: %s is n/a (%s), want %v", at, w.name, m.NA, w.value)
	case !w.na && math.Abs(math.Round(m.Value*10)/10-w.value) > 1e-9:
		t.Errorf("%s: %s = %v, want %v", at, w.name, m.Value, w.value)
	}
}

// checkFacts compares the tags and findings by line with the expectations.
func checkFacts(t testing.TB, name string, tr *transcript.Transcript, sc *analyze.Scorecard, wants map[int][]*regexp.Regexp) {
	t.Helper()
	got := make(map[int][]string)
	for _, tg := range sc.Tags {
		line := tr.Turns[tg.Ref.Turn].Line
		if tg.Ref.Sentence >= 0 {
			line = tr.Turns[tg.Ref.Turn].Sentences[tg.Ref.Sentence].Line
		}
		got[line] = append(got[line], tg.Name)
	}
	for _, f := range sc.Findings {
		line := f.Line
		if f.Ref.Turn < 0 {
			line = 0
		}
		got[line] = append(got[line], f.Kind+": "+f.Message)
	}
	var lines []int
	for l := range got {
		lines = append(lines, l)
	}
	for l := range wants {
		if _, ok := got[l]; !ok {
			lines = append(lines, l)
		}
	}
	sort.Ints(lines)
	for _, l := range lines {
		facts := got[l]
		sort.Strings(facts)
		used := make([]bool, len(facts))
		for _, re := range wants[l] {
			found := false
			for i, f := range facts {
				if !used[i] && re.MatchString(f) {
					used[i], found = true, true
					break
				}
			}
			if !found {
				t.Errorf("%s: expected %q, got %q", where(name, l), re, facts)
			}
		}
		for i, f := range facts {
			if !used[i] {
				t.Errorf("%s: unexpected %q", where(name, l), f)
			}
		}
	}
}

var timedRE = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s+([^:]+):\s*(.*)$`)

// parseTimed reads the test-only timed shape: "12.5-15 Rep: text" per line,
// blank lines ignored.
func parseTimed(t testing.TB, src string) []read.Utterance {
	t.Helper()
	var utts []read.Utterance
	for i, l := range strings.Split(src, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		m := timedRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %d: want \"start-end Speaker: text\", got %q", i+1, l)
		}
		start, _ := strconv.ParseFloat(m[1], 64)
		end, _ := strconv.ParseFloat(m[2], 64)
		utts = append(utts, read.Utterance{
			Speaker: strings.TrimSpace(m[3]), Text: m[4], Line: i + 1,
			Start: Seconds(start), End: Seconds(end), HasStart: true, HasEnd: true,
		})
	}
	return utts
}

// Seconds makes a duration of seconds.
func Seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

func where(name string, line int) string {
	if line == 0 {
		return name + " (whole call)"
	}
	return fmt.Sprintf("%s:%d", name, line)
}

// Value returns a call-level metric, failing the test if it is missing or
// not applicable.
func Value(t testing.TB, sc *analyze.Scorecard, name string) float64 {
	t.Helper()
	m, ok := sc.Metric(name)
	if !ok {
		t.Fatalf("metric %s not recorded", name)
	}
	if m.NA != "" {
		t.Fatalf("metric %s is n/a: %s", name, m.NA)
	}
	return m.Value
}

// NA returns why a call-level metric is not applicable, failing the test if
// it was measured.
func NA(t testing.TB, sc *analyze.Scorecard, name string) string {
	t.Helper()
	m, ok := sc.Metric(name)
	if !ok {
		t.Fatalf("metric %s not recorded", name)
	}
	if m.NA == "" {
		t.Fatalf("metric %s = %v, want n/a", name, m.Value)
	}
	return m.NA
}
