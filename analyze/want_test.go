package analyze

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// This file is lastmile's analysistest: a metric's test is a transcript
// with its expectations written on the lines they concern,
//
//	Rep: How is the rollout going?          // want "question:open"
//	Customer: Slow, honestly.
//	Rep: Do you have budget this quarter?   // want "question:closed"
//
// and a comment line of its own (// want "...") for findings about the whole
// call. A transcript named "*.timed" is in a test-only shape with cue times
// in seconds, "12.5-15 Rep: text", one cue a line (see parseTimed); any
// other name is read as its extension says. Each expectation is a regular expression that must match a tag the
// analyzer put on a sentence of that line, or a finding on it (matched as
// "kind: message"). The check fails on anything the analyzer reported that
// no expectation matched, and on any expectation nothing matched.

var wantRE = regexp.MustCompile(`//\s*want\s+(.*)$`)

// parseWants strips "// want" comments from src and returns the clean text
// and the expectations by line (0 for whole-call ones).
func parseWants(t *testing.T, src string) (string, map[int][]*regexp.Regexp) {
	t.Helper()
	wants := make(map[int][]*regexp.Regexp)
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		m := wantRE.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		line := i + 1
		before := strings.TrimSpace(l[:m[0]])
		if before == "" {
			line = 0
			lines[i] = ""
		} else {
			lines[i] = strings.TrimRight(l[:m[0]], " \t")
		}
		rest := strings.TrimSpace(l[m[2]:m[3]])
		for rest != "" {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				t.Fatalf("line %d: bad want %q: %v", i+1, rest, err)
			}
			s, _ := strconv.Unquote(q)
			re, err := regexp.Compile(s)
			if err != nil {
				t.Fatalf("line %d: bad want pattern %q: %v", i+1, s, err)
			}
			wants[line] = append(wants[line], re)
			rest = strings.TrimSpace(rest[len(q):])
		}
	}
	return strings.Join(lines, "\n"), wants
}

// checkWants reads src (as the format its name implies) with opts, runs
// one analyzer with the default rubric, checks its tags and findings
// against the // want comments, and returns the scorecard for further
// checks.
func checkWants(t *testing.T, a *Analyzer, name, src string, opts ReadOptions) *Scorecard {
	t.Helper()
	clean, wants := parseWants(t, src)
	var tr *Transcript
	var err error
	if strings.HasSuffix(name, ".timed") {
		tr, err = build(name, FormatLastmile, parseTimed(t, clean), opts)
	} else {
		tr, err = Parse(name, []byte(clean), opts)
	}
	if err != nil {
		t.Fatalf("reading: %v", err)
	}
	sc, err := Run(tr, DefaultRubric(), []*Analyzer{a})
	if err != nil {
		t.Fatalf("running %s: %v", a.Name, err)
	}
	got := make(map[int][]string)
	for ref, tags := range sc.Tags {
		line := tr.Turns[ref.Turn].Line
		if ref.Sentence >= 0 {
			line = tr.Turns[ref.Turn].Sentences[ref.Sentence].Line
		}
		got[line] = append(got[line], tags...)
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
	return sc
}

var timedRE = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s+([^:]+):\s*(.*)$`)

// parseTimed reads the test-only timed shape: "12.5-15 Rep: text" per line,
// blank lines ignored.
func parseTimed(t *testing.T, src string) []segment {
	t.Helper()
	var segs []segment
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
		segs = append(segs, segment{
			Speaker: strings.TrimSpace(m[3]), Text: m[4], Line: i + 1,
			Start: seconds(start), End: seconds(end), HasStart: true, HasEnd: true,
		})
	}
	return segs
}

func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

func where(name string, line int) string {
	if line == 0 {
		return name + " (whole call)"
	}
	return fmt.Sprintf("%s:%d", name, line)
}

// metricValue returns a call-level metric, failing the test if it is
// missing or not applicable.
func metricValue(t *testing.T, sc *Scorecard, name string) float64 {
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

// metricNA returns why a call-level metric is not applicable, failing the
// test if it was measured.
func metricNA(t *testing.T, sc *Scorecard, name string) string {
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
