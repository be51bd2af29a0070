package read

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// TestSegmentGoldenRules checks prose's sentence splitting on the English
// Golden Rules: it scores 35 of 48 (its misses are abbreviation-final
// sentences, lists and four-dot ellipses). A drop means the segmenter or
// our use of it changed.
func TestSegmentGoldenRules(t *testing.T) {
	f, err := os.Open("testdata/sentences/golden_rules_en.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	pass, total := 0, 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 {
			t.Fatalf("bad line %q", sc.Text())
		}
		total++
		sents, _ := segmentText(cols[2])
		var got []string
		for _, s := range sents {
			got = append(got, s.Text)
		}
		if strings.Join(got, " ||| ") == cols[3] {
			pass++
		}
	}
	if total != 48 || pass < 35 {
		t.Errorf("golden rules: %d of %d pass, want at least 35 of 48", pass, total)
	}
}

func TestSegmentOffsets(t *testing.T) {
	// A long turn is fed to prose in pieces; sentences must still locate
	// their text and cover every word once.
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		b.WriteString("We moved the whole team over in March. Did that go well? ")
	}
	text := strings.TrimSpace(b.String())
	sents, unp := segmentText(text)
	if unp {
		t.Error("punctuated text marked unpunctuated")
	}
	if len(sents) != 4000 {
		t.Errorf("%d sentences, want 4000", len(sents))
	}
	words := 0
	for _, s := range sents {
		if text[s.Offset:s.Offset+len(s.Text)] != s.Text {
			t.Fatalf("sentence %q not at its offset %d", s.Text, s.Offset)
		}
		words += len(s.Words)
	}
	if words != transcript.CountWords(text) {
		t.Errorf("sentences hold %d words, the text %d", words, transcript.CountWords(text))
	}
}

func TestSegmentUnpunctuated(t *testing.T) {
	text := "yeah so we looked at a few vendors last quarter and um what is your pricing for a team of forty do you offer a pilot"
	sents, unp := segmentText(text)
	if !unp {
		t.Error("not marked unpunctuated")
	}
	var got []string
	for _, s := range sents {
		if !s.Unpunctuated {
			t.Errorf("chunk %q not marked unpunctuated", s.Text)
		}
		got = append(got, s.Text)
	}
	want := []string{
		"yeah so we looked at a few vendors last quarter",
		"and um what is your pricing for a team of forty", // the conjunction goes with its question
		"do you offer a pilot",
	}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("chunks:\n got %q\nwant %q", got, want)
	}
	if short, unp := segmentText("sounds good"); unp || len(short) != 1 {
		t.Errorf("a short turn: %d sentences, unpunctuated %v", len(short), unp)
	}
}

// TestSingleSentenceAgreesWithProse checks the shortcut that skips prose
// for turns whose only sentence punctuation is at the end: on every turn of
// the sample and benchmark calls, and on tricky cases, it gives the
// sentence prose gives.
func TestSingleSentenceAgreesWithProse(t *testing.T) {
	texts := []string{
		"Yes.", "  How are you?  ", "Wait... what?", "It costs 3.5 million.", "He said \"no.\"",
		"Really?!", "Okay…", "(laughs) Sure.", "Mr. Smith is here.", "Fine", "So — the thing is, we renew in May!",
	}
	for _, dir := range []string{"../../testdata/calls", "../suite/testdata/bench"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(dir + "/" + e.Name())
			if err != nil || strings.HasSuffix(e.Name(), ".md") || e.Name() == "README" {
				continue
			}
			tr, err := Parse(e.Name(), data, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, turn := range tr.Turns {
				texts = append(texts, turn.Text)
			}
		}
	}
	checked := 0
	for _, text := range texts {
		if !singleSentence(text) || !english.HasTerminal(text) {
			continue
		}
		checked++
		got, _ := segmentText(text)
		want := segmenter().Segment(text)
		if len(want) != 1 || len(got) != 1 || got[0].Text != want[0].Text || got[0].Offset != want[0].Start {
			t.Errorf("%q: shortcut gives %d sentences, prose %d (%v)", text, len(got), len(want), want)
		}
	}
	if checked < 200 {
		t.Errorf("only %d single-sentence turns checked", checked)
	}
}
