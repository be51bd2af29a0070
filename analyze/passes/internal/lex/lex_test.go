package lex

import (
	"slices"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/read"
)

func TestWords(t *testing.T) {
	tests := []struct {
		text   string
		words  []string
		commas []int // indexes of words with a comma before them
	}{
		{"ill waive the the setup fee", []string{"i'll", "waive", "the", "setup", "fee"}, nil},
		{"so if you if you can do two years", []string{"so", "if", "you", "can", "do", "two", "years"}, nil},
		{"Um, we dont, uh, discount.", []string{"we", "don't", "discount"}, []int{2}},
		{"No, no, keep going.", []string{"no", "no", "keep", "going"}, []int{1, 2}},
		{"thats thats on us", []string{"that's", "on", "us"}, nil},
	}
	for _, tt := range tests {
		tr, err := read.Parse("x.txt", []byte("Rep: "+tt.text+"\n"), read.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var words []string
		var commas []int
		for _, s := range tr.Turns[0].Sentences {
			w, c := Words(&s)
			for i := range w {
				if c[i] {
					commas = append(commas, len(words)+i)
				}
			}
			words = append(words, w...)
		}
		if !slices.Equal(words, tt.words) || !slices.Equal(commas, tt.commas) {
			t.Errorf("%q: words %q, commas before %v; want %q, %v", tt.text, words, commas, tt.words, tt.commas)
		}
	}
}

func TestIsQuestion(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"What did their quote include?", true},
		{"okay and uh what did that eight bucks include", true},
		{"sure and what does it cost you now", true},
		{"or would you rather i didn't call back", true},
		{"That's just what it costs.", false},
		{"we dont discount but i can show you where it pays back", false},
	}
	for _, tt := range tests {
		tr, err := read.Parse("x.txt", []byte("Rep: "+tt.text+"\n"), read.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// ASR text is cut after a response ("okay | and what did..."):
		// the question is the turn's last piece.
		ss := tr.Turns[0].Sentences
		s := &ss[len(ss)-1]
		w, _ := Words(s)
		if got := IsQuestion(s, w); got != tt.want {
			t.Errorf("%q: IsQuestion = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestReader checks that a Reader, reused, reads each sentence as Words
// and WordsCaps do.
func TestReader(t *testing.T) {
	text := "Rep: ill waive the the setup fee. So if you if you can do two years. Um, we dont, uh, discount. " +
		"No, no, keep going. Thats thats on us, Ratewell Payments. Okay I ok I'm fine.\n"
	tr, err := read.Parse("x.txt", []byte(text), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var r Reader
	for _, turn := range tr.Turns {
		for si := range turn.Sentences {
			s := &turn.Sentences[si]
			w, c := Words(s)
			wc, cc, _ := WordsCaps(s)
			if got := r.Words(s); !slices.Equal(got, w) || !slices.Equal(WordsOf(s), w) || !slices.Equal(wc, w) || !slices.Equal(cc, c) {
				t.Errorf("%q: Reader %q, WordsOf %q, WordsCaps %q %v; Words %q %v", s.Text, got, WordsOf(s), wc, cc, w, c)
			}
		}
	}
}

// TestScan checks that Reader.Scan reads each sentence as Words does and
// scans the words as the group's own Scan does.
func TestScan(t *testing.T) {
	text := "Rep: ill waive the the setup fee. So if you if you can do two years. Um, we dont, uh, discount. " +
		"No, no, keep going. Thats thats on us, Ratewell Payments. Okay I ok I'm fine. We can send it Monday.\n"
	tr, err := read.Parse("x.txt", []byte(text), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	g := phrase.NewGroup(phrase.MustCompile("t", []string{"we can", "don't", "okay", "setup fee", "on us", "if you"}), Special)
	var r Reader
	for _, turn := range tr.Turns {
		for si := range turn.Sentences {
			s := &turn.Sentences[si]
			want, _ := Words(s)
			got, starts, any := r.Scan(s, g, 1)
			wantStarts := make([]uint64, len(want))
			wantAny := g.Scan(want, wantStarts) &^ 2
			for i := range wantStarts {
				wantStarts[i] &^= 2
			}
			gotStarts := slices.Clone(starts)
			for i := range gotStarts {
				gotStarts[i] &^= 2
			}
			if !slices.Equal(got, want) || !slices.Equal(gotStarts, wantStarts) || any != wantAny {
				t.Errorf("%q: Scan %q %v %b; want %q %v %b", s.Text, got, gotStarts, any, want, wantStarts, wantAny)
			}
		}
	}
	if Special.Len() != special.Len() {
		t.Errorf("Special has %d phrases for %d words", Special.Len(), special.Len())
	}
	special.Words(func(w string) {
		if m, ok := Special.Equal([]string{w}); !ok || m.End != 1 {
			t.Errorf("%q is not a one-word phrase of Special", w)
		}
	})
}

// TestEndsInQuestionMark checks it against the TrimRight it stands for.
func TestEndsInQuestionMark(t *testing.T) {
	for _, text := range []string{"", "?", "Really?", "Really? ", "Really?\")", "“Really?”", "‘Really?’ ", "Really.", "Really?.",
		"Really ?)) ’", "x\xff", "?\xff", "\xff?", "what?” he said", "”", "?’’", "a?b"} {
		want := strings.HasSuffix(strings.TrimRight(text, " \"')”’"), "?")
		if got := endsInQuestionMark(text); got != want {
			t.Errorf("endsInQuestionMark(%q) = %v, want %v", text, got, want)
		}
	}
}
