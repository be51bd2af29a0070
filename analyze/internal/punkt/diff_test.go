package punkt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v3/segment"
)

// Helpers shared by the differential tests, the fuzz target and the
// benchmarks: prose as the reference, and the texts taken from files.

var proseSegmenter = sync.OnceValues(prose.New)

func newPair(tb testing.TB) (*Segmenter, *prose.Segmenter) {
	tb.Helper()
	s, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	p, err := proseSegmenter()
	if err != nil {
		tb.Fatal(err)
	}
	return s, p
}

// mismatch compares the two segmenters on text and describes the first
// difference, or returns "".
func mismatch(s *Segmenter, p *prose.Segmenter, text string) string {
	got := s.Segment(text)
	want := p.Segment(text)
	if len(got) == len(want) {
		same := true
		for i := range got {
			if got[i].Text != want[i].Text || got[i].Start != want[i].Start {
				same = false
				break
			}
		}
		if same {
			return ""
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "text %q:\n", text)
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = fmt.Sprintf("%d %q", got[i].Start, got[i].Text)
		}
		if i < len(want) {
			w = fmt.Sprintf("%d %q", want[i].Start, want[i].Text)
		}
		mark := "  "
		if g != w {
			mark = "≠ "
		}
		fmt.Fprintf(&b, "  %sgot  %s\n    want %s\n", mark, g, w)
	}
	return b.String()
}

// compareAll compares on every text and reports at most a few mismatches
// in full; it returns the number of mismatches.
func compareAll(t *testing.T, texts []string) int {
	t.Helper()
	s, p := newPair(t)
	bad := 0
	for _, text := range texts {
		if d := mismatch(s, p, text); d != "" {
			bad++
			if bad <= 10 {
				t.Error(d)
			}
		}
	}
	return bad
}

// repoRoot is the module root, three levels up from this package.
func repoRoot() string { return filepath.Join("..", "..", "..") }

// chunkLimit is how much text analyze hands prose at once (its proseChunk).
const chunkLimit = 16 << 10

// textSet collects distinct texts in the order first seen.
type textSet struct {
	seen  map[string]bool
	texts []string
}

func (ts *textSet) add(s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	if ts.seen == nil {
		ts.seen = map[string]bool{}
	}
	if !ts.seen[s] {
		ts.seen[s] = true
		ts.texts = append(ts.texts, s)
	}
}

// addFile adds the texts a transcript file offers: every line; the part
// of a line after a speaker label ("Speaker 2: ...", "[00:01] Ann: ...");
// every tab-, comma- and bar-separated field (TSV, CSV and SWDA lines);
// every paragraph; every JSON string; and the whole file in pieces of up
// to 16 KiB cut at line ends, as a long turn reaches prose.
func (ts *textSet) addFile(name string, data []byte) {
	if bytes.IndexByte(data, 0) >= 0 {
		return // binary (the screenshot)
	}
	text := string(data)
	for line := range strings.Lines(text) {
		ts.add(line)
		line = strings.TrimRight(line, "\r\n")
		ts.add(line)
		if i := strings.Index(line, ": "); i > 0 && i < 60 {
			ts.add(line[i+2:])
		}
		for _, sep := range []string{"\t", ",", "|"} {
			if strings.Contains(line, sep) {
				for f := range strings.SplitSeq(line, sep) {
					ts.add(f)
				}
			}
		}
	}
	for para := range strings.SplitSeq(text, "\n\n") {
		ts.add(para)
	}
	if strings.HasSuffix(name, ".json") {
		var v any
		if json.Unmarshal(data, &v) == nil {
			walkStrings(v, ts.add)
		}
	}
	for len(text) > 0 {
		n := min(len(text), chunkLimit)
		if n < len(text) {
			if i := strings.LastIndexByte(text[:n], '\n'); i > 0 {
				n = i + 1
			}
			for n > 0 && !utf8.RuneStart(text[n]) {
				n--
			}
		}
		ts.add(text[:n])
		text = text[n:]
	}
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, e := range v {
			walkStrings(e, f)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			walkStrings(v[k], f)
		}
	}
}

// addTree adds every file under dir.
func (ts *textSet) addTree(tb testing.TB, dir string) (files int) {
	tb.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		ts.addFile(path, data)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// goldenRules returns the inputs of the English Golden Rules.
func goldenRules(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(), "analyze", "read", "testdata", "sentences", "golden_rules_en.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if i == 0 {
			continue // header
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			tb.Fatalf("golden rules: bad line %q", line)
		}
		out = append(out, cols[2])
	}
	return out
}

// testdataDirs lists the repository's testdata folders (not nested ones).
func testdataDirs(tb testing.TB) []string {
	tb.Helper()
	var dirs []string
	err := filepath.WalkDir(repoRoot(), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		switch d.Name() {
		case ".git":
			return filepath.SkipDir
		case "testdata":
			dirs = append(dirs, path)
			return filepath.SkipDir
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dirs
}
