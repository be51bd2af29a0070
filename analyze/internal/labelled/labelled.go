// Package labelled reads the negotiation test set
// (analyze/passes/testdata/negotiation: cases of a few lines, each line with
// the tags it must carry) and measures analyzers' tags against it: precision
// and recall per tag, with the misses and false alarms for debugging. The
// format is described in that directory's README.
package labelled

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Tags are the eleven tags the set labels.
var Tags = []string{"price", "price-objection", "concession", "held-firm", "customer-no", "push-after-no",
	"respected-no", "remembers", "owns-problem", "honest-fit", "next-step:payoff"}

// A Line is one labelled line of a case.
type Line struct {
	File string // the set's file
	Num  int    // line number in File
	Text string // "Speaker: text", without comments
	Want map[string]bool
	Near map[string]bool
}

// A Case is a transcript of its own.
type Case struct {
	File, Desc string
	Lines      []Line
}

var (
	wantRE = regexp.MustCompile(`//\s*(want|near)((?:\s+"[^"]*")+)`)
	tagRE  = regexp.MustCompile(`"([^"]*)"`)
)

// Load reads every *.txt of dir.
func Load(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var cases []Case
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		base := filepath.Base(f)
		var cur *Case
		for i, l := range strings.Split(string(data), "\n") {
			if desc, ok := strings.CutPrefix(l, "=== "); ok {
				cases = append(cases, Case{File: base, Desc: desc})
				cur = &cases[len(cases)-1]
				continue
			}
			if strings.TrimSpace(l) == "" {
				continue
			}
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: a line before the first case", base, i+1)
			}
			line := Line{File: base, Num: i + 1, Want: map[string]bool{}, Near: map[string]bool{}}
			text := l
			if k := strings.Index(l, "//"); k >= 0 {
				text = l[:k]
				for _, m := range wantRE.FindAllStringSubmatch(l[k:], -1) {
					for _, tm := range tagRE.FindAllStringSubmatch(m[2], -1) {
						if m[1] == "want" {
							line.Want[tm[1]] = true
						} else {
							line.Near[tm[1]] = true
						}
					}
				}
			}
			line.Text = strings.TrimSpace(text)
			cur.Lines = append(cur.Lines, line)
		}
	}
	return cases, nil
}

// Score counts one tag's hits.
type Score struct {
	TP, FP, FN, Near int
	// Misses and FalseAlarms name the lines, "file:line: text".
	Misses, FalseAlarms []string
}

// Precision is TP/(TP+FP), 1 when nothing was tagged.
func (s *Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN), 1 when nothing was wanted.
func (s *Score) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// Tagged runs the analyzers over one case and returns the tags on each of
// its lines (indexed as c.Lines).
func Tagged(c Case, analyzers []*analyze.Analyzer, opts read.ReadOptions) ([]map[string]bool, error) {
	var src strings.Builder
	for _, l := range c.Lines {
		src.WriteString(l.Text)
		src.WriteByte('\n')
	}
	tr, err := read.Parse("case.txt", []byte(src.String()), opts)
	if err != nil {
		return nil, fmt.Errorf("%s:%d: %v", c.File, c.Lines[0].Num, err)
	}
	byLine, err := tagLines(tr, analyzers)
	if err != nil {
		return nil, err
	}
	got := make([]map[string]bool, len(c.Lines))
	for i := range got {
		got[i] = byLine[i+1] // lines are 1-based in src; a nil map has no tags
	}
	return got, nil
}

// Measure scores the named tags of the analyzers on the cases.
func Measure(cases []Case, analyzers []*analyze.Analyzer, tags []string, opts read.ReadOptions) (map[string]*Score, error) {
	scores := map[string]*Score{}
	for _, tag := range tags {
		scores[tag] = &Score{}
	}
	for _, c := range cases {
		got, err := Tagged(c, analyzers, opts)
		if err != nil {
			return nil, err
		}
		for i, l := range c.Lines {
			where := fmt.Sprintf("%s:%d: %s", l.File, l.Num, l.Text)
			for _, tag := range tags {
				s := scores[tag]
				if l.Near[tag] {
					s.Near++
				}
				s.count(l.Want[tag], got[i][tag], where)
			}
		}
	}
	return scores, nil
}

// count adds one line: wanted w, got g.
func (s *Score) count(w, g bool, where string) {
	switch {
	case w && g:
		s.TP++
	case w:
		s.FN++
		s.Misses = append(s.Misses, where)
	case g:
		s.FP++
		s.FalseAlarms = append(s.FalseAlarms, where)
	}
}

// tagLines runs the analyzers over a transcript and returns the tags on
// each source line.
func tagLines(tr *transcript.Transcript, analyzers []*analyze.Analyzer) (map[int]map[string]bool, error) {
	sc, err := analyze.Run(tr, analyze.NewRubric(analyzers, turns.Shared), analyzers)
	if err != nil {
		return nil, err
	}
	got := map[int]map[string]bool{}
	for _, tg := range sc.Tags {
		if tg.Ref.Sentence < 0 {
			continue
		}
		line := tr.Turns[tg.Ref.Turn].Sentences[tg.Ref.Sentence].Line
		if got[line] == nil {
			got[line] = map[string]bool{}
		}
		got[line][tg.Name] = true
	}
	return got, nil
}

// Dir is the set's directory, relative to a package under analyze/passes.
const Dir = "../testdata/negotiation"

// A Floor is the least precision and recall a tag must reach.
type Floor struct {
	Tag  string
	P, R float64
}

// Check measures the analyzers on the set in dir and fails t for each tag
// below its floor. It logs the figures (go test -v), and with
// LASTMILE_EVAL_ERRORS=1 every miss and false alarm.
func Check(t testing.TB, dir string, analyzers []*analyze.Analyzer, floors []Floor) {
	t.Helper()
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tags []string
	for _, f := range floors {
		tags = append(tags, f.Tag)
	}
	scores, err := Measure(cases, analyzers, tags, read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("LASTMILE_EVAL_ERRORS") != ""
	for _, f := range floors {
		s := scores[f.Tag]
		t.Logf("%-17s positives %3d  precision %.3f  recall %.3f  (tp %d fp %d fn %d)", f.Tag, s.TP+s.FN, s.Precision(), s.Recall(), s.TP, s.FP, s.FN)
		if verbose {
			for _, m := range s.Misses {
				t.Logf("  miss  %s", m)
			}
			for _, m := range s.FalseAlarms {
				t.Logf("  false %s", m)
			}
		}
		if s.Precision() < f.P || s.Recall() < f.R {
			t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f and %.2f", f.Tag, s.Precision(), s.Recall(), f.P, f.R)
		}
	}
}

var rowRE = regexp.MustCompile("^\\| `([^`]+)` \\| (\\d+) \\| (.*) \\|$")

// LoadCallTable reads the table of tagged lines in testdata/calls/README.md:
// file → line → the tags of that line. Every other line of a file in the
// table carries none of the eleven tags.
func LoadCallTable(readme string) (map[string]map[int]map[string]bool, error) {
	data, err := os.ReadFile(readme)
	if err != nil {
		return nil, err
	}
	table := map[string]map[int]map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		m := rowRE.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		n := 0
		fmt.Sscan(m[2], &n)
		if table[m[1]] == nil {
			table[m[1]] = map[int]map[string]bool{}
		}
		tags := map[string]bool{}
		for _, tm := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(m[3], -1) {
			tags[tm[1]] = true
		}
		table[m[1]][n] = tags
	}
	return table, nil
}

// MeasureCalls scores the tags on the sample calls of the table, each read
// from dir as lastmile reads it, line by line.
func MeasureCalls(dir string, table map[string]map[int]map[string]bool, analyzers []*analyze.Analyzer, tags []string) (map[string]*Score, error) {
	scores := map[string]*Score{}
	for _, tag := range tags {
		scores[tag] = &Score{}
	}
	files := make([]string, 0, len(table))
	for f := range table {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		tr, err := read.Parse(f, data, read.ReadOptions{})
		if err != nil {
			return nil, err
		}
		got, err := tagLines(tr, analyzers)
		if err != nil {
			return nil, err
		}
		lines := map[int]bool{}
		for l := range got {
			lines[l] = true
		}
		for l := range table[f] {
			lines[l] = true
		}
		sorted := make([]int, 0, len(lines))
		for l := range lines {
			sorted = append(sorted, l)
		}
		sort.Ints(sorted)
		for _, l := range sorted {
			where := fmt.Sprintf("%s:%d", f, l)
			for _, tag := range tags {
				scores[tag].count(table[f][l][tag], got[l][tag], where)
			}
		}
	}
	return scores, nil
}

// Unpunctuated returns the cases as ASR without punctuation writes them:
// each line's text lower-cased, with . , ? ! ; : and dashes between words
// removed (the speaker's label kept).
func Unpunctuated(cases []Case) []Case {
	out := make([]Case, len(cases))
	for i, c := range cases {
		c.Lines = append([]Line(nil), c.Lines...)
		for k := range c.Lines {
			l := &c.Lines[k]
			who, text, ok := strings.Cut(l.Text, ": ")
			if !ok {
				continue
			}
			text = strings.Map(func(r rune) rune {
				switch r {
				case '.', ',', '?', '!', ';', ':', '—', '–':
					return -1
				}
				return r
			}, strings.ToLower(text))
			l.Text = who + ": " + strings.Join(strings.Fields(text), " ")
		}
		out[i] = c
	}
	return out
}
