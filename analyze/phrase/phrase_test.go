package phrase

import (
	"fmt"
	"testing"

	"github.com/lastmile/lastmile/analyze/transcript"
)

func TestPhrases(t *testing.T) {
	p, err := Compile("test", []string{
		"did I catch you at a * time",
		"I'll send you ... by Friday",
		"next step",
		"... as promised", // a leading gap is allowed
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		phrase string // "" for no match
		start  int
	}{
		{"Hi, did I catch you at a bad time?", "did I catch you at a * time", 1},
		{"Did I catch you at a time?", "", 0},
		{"I’ll send you the proposal and the deck by Friday.", "I'll send you ... by Friday", 0},
		{"I'll send you by Friday", "I'll send you ... by Friday", 0},
		{"I'll send you one two three four five six seven by friday", "", 0},
		{"So the next-step is", "", 0}, // "next-step" is one word
		{"So the next step is", "next step", 2},
		{"here it is as promised", "... as promised", 0},
	}
	for _, tt := range tests {
		m, ok := p.Find(transcript.Words(tt.text))
		if got := map[bool]string{true: m.Phrase}[ok]; got != tt.phrase || ok && m.Start != tt.start {
			t.Errorf("Find(%q) = %q at %d, want %q at %d", tt.text, got, m.Start, tt.phrase, tt.start)
		}
	}
}

func TestPhrasesEqualAndFindAll(t *testing.T) {
	p, _ := Compile("b", []string{"yeah", "mm-hmm", "is that right"})
	for text, want := range map[string]bool{"Yeah.": true, "Is that right?": true, "yeah right": false, "": false} {
		if _, ok := p.Equal(transcript.Words(text)); ok != want {
			t.Errorf("Equal(%q) = %v, want %v", text, ok, want)
		}
	}
	if got := len(p.FindAll(transcript.Words("yeah, mm-hmm, yeah is that right"))); got != 4 {
		t.Errorf("FindAll found %d, want 4", got)
	}
	if _, err := Compile("b", []string{"* ..."}); err == nil {
		t.Error("a phrase with no words compiled")
	}
}

func ExampleCompile() {
	p, _ := Compile("next_step_cues", []string{"let's schedule", "I'll send you ... by friday"})
	m, ok := p.Find(transcript.Words("Great. Let’s schedule the demo for Tuesday."))
	fmt.Println(ok, m.Phrase, m.Start, m.End)
	// Output: true let's schedule 1 3
}
