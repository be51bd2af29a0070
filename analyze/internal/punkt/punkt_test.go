package punkt

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestGoldenRules(t *testing.T) {
	rules := goldenRules(t)
	if len(rules) != 48 {
		t.Fatalf("%d golden rules, want 48", len(rules))
	}
	bad := compareAll(t, rules)
	t.Logf("golden rules: %d texts compared, %d mismatches", len(rules), bad)
}

// TestRepoFiles compares on the texts of every file in every testdata
// folder of the repository.
func TestRepoFiles(t *testing.T) {
	var ts textSet
	files := 0
	for _, dir := range testdataDirs(t) {
		files += ts.addTree(t, dir)
	}
	bad := compareAll(t, ts.texts)
	t.Logf("repo testdata: %d files, %d texts compared, %d mismatches", files, len(ts.texts), bad)
}

// TestCases are shapes worth naming, each compared with prose.
func TestCases(t *testing.T) {
	cases := []struct{ name, text string }{
		{"empty", ""},
		{"spaces", "  \n\t "},
		{"one", "One sentence."},
		{"three", "One. Two. Three."},
		{"padded", "  Leading space. And another.  "},
		{"title", "Mr. Smith went to Washington. He arrived on Jan. 5."},
		{"doctor", "Dr. Smith went to Washington."},
		{"curly quote", "She said “hello there.” Then she left."},
		{"curly quote lower", "She said “hello there.” then she left."},
		{"ellipsis", "An ellipsis... and then more. Really."},
		{"ellipsis upper", "An ellipsis... And then more."},
		{"spaced ellipsis", "Wait . . . what? Fine . . . Go."},
		{"four dots", "I never meant that.... She left the building."},
		{"multi-period abbreviation", "The F.B.I. investigated. Nothing came of it."},
		{"U.S. then starter", "He lives in the U.S. But he works abroad."},
		{"U.S. then name", "He lives in the U.S. John works abroad."},
		{"e.g.", "Some fruit, e.g. apples, are red. Others, i.e. limes, are not."},
		{"newlines", "Multi\nline\ntext. With a break.\n\nNew paragraph here."},
		{"unicode", "Unicode: naïve café résumé. Ünïcödé wörds!"},
		{"emoji", "Emoji 🎉 sentence. Another 😀 one."},
		{"Yahoo!", "Yahoo! is a company. So is Google."},
		{"Yahoo! quoted", `He said "Yahoo!" and left. Then what?`},
		{"decimal", "It grew 3.5 percent. Costs fell 2.1%. Revenue was $4.2 million."},
		{"number period", "We hired 5. Then 10. Now 20."},
		{"ordinal number", "It was the 5. time that week."},
		{"initials", "J. S. Bach wrote it. J. Bach did."},
		{"initial lower", "Plan A. was fine. Plan B. failed."},
		{"question quote", `He asked "why?" and she said "because!" Then silence.`},
		{"bracket after period", "It ended.) Then it began. (Again.) Fine."},
		{"bracket opening", "See the note.[1] Then read on.(2) And more?[3] Yes!(4) Done."},
		{"single quote", "He said 'no.' Then 'yes?' and 'ok!' Sure."},
		{"multiple spaces", "One.   Two.\t\tThree.\n\n\nFour."},
		{"crlf", "One.\r\nTwo.\r\nThree."},
		{"nbsp", "One.\u00a0Two.\u2028Three.\u3000Four.\u205fFive."},
		{"ends in multibyte", "Hello Mr. Wörld… Next one. Café"},
		{"ends in curly", "He said it. Mr. Smith said “yes”"},
		{"ends in wide space", "Mr. Smith\u3000"},
		{"lone punctuation", ". ! ? . . ."},
		{"p.m.", "We meet at 5 p.m. Tomorrow is fine. At 9 a.m. sharp."},
		{"supervised", "Sgt. Pepper met Gov. Brown at Mt. Hood. No. 5 won."},
		{"collocation", "He was no. 1 in the world. B. Smith agreed."},
		{"hyphen abbreviation", "It was ex-Gen. Smith. Or pre-Dr. Jones."},
		{"comma type", "Sales rose 1,200. Then 3,400,000. Then 1,2,3."},
		{"dash number", "Scores were -5. And -.5. And 5-6."},
		{"invalid utf8", "Bad \xff byte. Another \xe2\x80 one. Last\xc2"},
		{"kelvin", "It is 5 \u212a. \u212aelvin. Then."},
		{"dotted I", "İstanbul. İzmir is next. Go."},
		{"long word", strings.Repeat("a", 200) + ". " + strings.Repeat("B.", 50) + " Next."},
		{"no punctuation", "just some words without any end"},
		{"only end", "This has punctuation only at the end."},
		{"question exclaim", "Really?! Yes!! Why??? Because."},
		{"abbr at end", "He works for Acme Inc. She works for Foo Corp."},
		{"starter after abbr", "He met Prof. However, nothing came of it."},
	}
	s, p := newPair(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if d := mismatch(s, p, c.text); d != "" {
				t.Error(d)
			}
		})
	}
}

// trickyFragments are pieces that trigger each of prose's rules; generated
// texts join them with separators.
var trickyFragments = []string{
	"Mr.", "Mrs.", "Dr.", "Smith", "smith", "U.S.", "U.S.A.", "e.g.", "i.e.", "etc.", "vs.", "Inc.", "Corp.",
	"Sgt.", "Gov.", "No.", "no.", "Mt.", "Jan.", "Prof.", "Ph.D.", "a.m.", "p.m.", "F.B.I.",
	"3.5", "3.5.", "5.", "1,200.", "-5.", "$4.2", "42", "1990s.", "2.", "1.",
	"...", "..", ".", "?", "!", "…", ". . .", "....", "?!", "!!",
	"Hello.", "world.", "world", "World", "Hello", "the", "The", "But", "However", "And", "and", "so", "So",
	"\"Quoted.\"", "\"quoted?\"", "(aside.)", "(Aside!)", "'single.'", "'what?'", "“curly.”", "‘curly?’", "it.”", "no.’",
	"J.", "S.", "a.", "I.", "B.", "Bach", "bach", "A", "I",
	"Yahoo!", "Yahoo!.", "note.[1]", "end.(2)", "why?(3)", "it.\"", "end.)",
	"international", "International", "Smith.", "Genentech", "insider",
	"café.", "Café", "Ünï.", "naïve", "É.", "é.", "😀", "😀.", "İ.", "\u212a.", "ß.", "x\xff.", "\xe2\x80.",
	"go", "went", "yes", "Yes", "ok.", "OK.", "re:", ",", ";", ":", ",,", "-", "a-b.", "ex-Gen.", "Co-Op.",
}

var trickySeparators = []string{" ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u3000", " \n ", ""}

// trickyTexts are generated from trickyFragments: every pair, and a fixed
// pseudo-random set of longer sequences, with pieces of the model (its
// abbreviations, collocations, sentence starters and cased words) mixed in.
var trickyTexts = sync.OnceValue(func() []string {
	var ts textSet
	frags := slices.Clone(trickyFragments)
	m, err := loadModel()
	if err != nil {
		panic(err)
	}
	// The model's words, in the forms its rules look at.
	var words []string
	for k := range m.abbrevs.words {
		words = append(words, k+".", upperFirst(k)+".", strings.ToUpper(k)+".")
	}
	for k, v := range m.types {
		switch {
		case v.starter:
			words = append(words, k, upperFirst(k))
		case v.ortho&orthoLc != 0 && v.ortho&orthoUc != 0, v.ortho&orthoMidUc != 0, v.ortho&orthoBegLc != 0:
			words = append(words, upperFirst(k), k+".")
		}
	}
	for k := range m.colloc {
		a, b, _ := strings.Cut(k, ",")
		a = strings.ReplaceAll(a, "##number##", "12")
		b = strings.ReplaceAll(b, "##number##", "7")
		words = append(words, a+". "+upperFirst(b), a+". "+b)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	for _, a := range frags {
		for _, b := range frags {
			for _, sep := range []string{" ", "\n", ""} {
				ts.add(a + sep + b)
				ts.add("It " + a + sep + b + " here.")
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	pick := func() string {
		if r.IntN(3) == 0 {
			return words[r.IntN(len(words))]
		}
		return frags[r.IntN(len(frags))]
	}
	for range 30000 {
		var b strings.Builder
		for k := range 2 + r.IntN(10) {
			if k > 0 {
				b.WriteString(trickySeparators[r.IntN(len(trickySeparators))])
			}
			b.WriteString(pick())
		}
		ts.add(b.String())
	}
	return ts.texts
})

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func TestTricky(t *testing.T) {
	texts := trickyTexts()
	bad := compareAll(t, texts)
	t.Logf("generated: %d texts compared, %d mismatches", len(texts), bad)
}

// TestSupervisedAbbrevs checks the abbreviations this package repeats from
// prose's code: prose must still keep each of them, and not an unknown
// word, in one sentence.
func TestSupervisedAbbrevs(t *testing.T) {
	_, p := newPair(t)
	for _, a := range append(slices.Clone(supervisedAbbrevs), "zzq") {
		text := "We saw the " + a + ". then left."
		want := 1
		if a == "zzq" {
			want = 2
		}
		if got := len(p.Segment(text)); got != want {
			t.Errorf("prose splits %q into %d sentences, want %d", text, got, want)
		}
	}
}

// TestConcurrent runs one Segmenter from several goroutines (go test
// -race finds any shared writes).
func TestConcurrent(t *testing.T) {
	s, p := newPair(t)
	texts := goldenRules(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, text := range texts {
				if d := mismatch(s, p, text); d != "" {
					t.Error(d)
				}
			}
		})
	}
	wg.Wait()
}

func TestAllocs(t *testing.T) {
	s, _ := newPair(t)
	text := "Mr. Smith went to Washington. He arrived on Jan. 5. Then he left? Yes! " +
		"The U.S. economy grew 3.5 percent... And then? “Quoted.” Fine."
	dst := make([]Sentence, 0, 16)
	if n := testing.AllocsPerRun(100, func() { dst = s.AppendSegment(dst[:0], text) }); n != 0 {
		t.Errorf("AppendSegment into a slice with room: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { s.Segment(text) }); n > 4 {
		t.Errorf("Segment: %v allocations, want at most 4", n)
	}
}
