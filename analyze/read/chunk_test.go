package read

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/transcript"
)

func chunkTexts(text string) []string {
	sents, _ := segmentText(text)
	var out []string
	for _, s := range sents {
		out = append(out, s.Text)
	}
	return out
}

func TestChunkQuestionOpeners(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A response, then a clause or a question.
		{"yeah we have a dog do you have any pets", []string{"yeah we have a dog", "do you have any pets"}},
		{"yeah so we looked at a few vendors and um what is your pricing for forty do you offer a pilot",
			[]string{"yeah so we looked at a few vendors", "and um what is your pricing for forty", "do you offer a pilot"}},
		{"oh really do you have kids", []string{"oh really", "do you have kids"}},
		{"got it what are you using today", []string{"got it", "what are you using today"}},
		{"great tell me about your team", []string{"great", "tell me about your team"}},
		// A strong opener needs no minimum before it.
		{"that's neat how old is he", []string{"that's neat", "how old is he"}},
		{"clint can you discuss that", []string{"clint", "can you discuss that"}},
		// A conjunction or a discourse marker goes with the question.
		{"we looked at a few and do you have a budget", []string{"we looked at a few", "and do you have a budget"}},
		{"that makes sense so what's your timeline", []string{"that makes sense", "so what's your timeline"}},
		// An object "it" before an auxiliary that cannot agree with it.
		{"we're gonna need it have you guys done any remodeling", []string{"we're gonna need it", "have you guys done any remodeling"}},
		// A verb of asking before an inverted question.
		{"john asked what are the capital priorities", []string{"john asked", "what are the capital priorities"}},
		{"so first question i have for you is could you get into more detail", []string{"so first question i have for you is", "could you get into more detail"}},
		// A tag ends a clause.
		{"you guys made the playoffs right we lost in the second round", []string{"you guys made the playoffs right", "we lost in the second round"}},

		// Not cut: embedded questions, relatives, subjects before their
		// verb, tags, agreement.
		{"i don't know what you mean", []string{"i don't know what you mean"}},
		{"that's how we do it every time", []string{"that's how we do it every time"}},
		{"my brother who is a lawyer said no", []string{"my brother who is a lawyer said no"}},
		{"we bought the one which is cheaper", []string{"we bought the one which is cheaper"}},
		{"i do you know i really do", []string{"i do you know i really do"}},
		{"that was it", []string{"that was it"}},
		{"it's a great product isn't it", []string{"it's a great product isn't it"}},
		{"the problem is it doesn't scale", []string{"the problem is it doesn't scale"}},
		{"what i do is i just stay inside", []string{"what i do is i just stay inside"}},
		{"my husband did the demolition himself", []string{"my husband did the demolition himself"}},
		{"the thing is that we never tried", []string{"the thing is that we never tried"}},
		{"we don't have any budget left", []string{"we don't have any budget left"}},
		{"if the customer has any questions we call", []string{"if the customer has any questions we call"}},
		// A weak opener ("is the", "is this") needs a boundary before it.
		{"our current thinking is the best one", []string{"our current thinking is the best one"}},
		{"okay is the demo still on", []string{"okay", "is the demo still on"}},
		{"right now we use spreadsheets", []string{"right now we use spreadsheets"}},
	}
	for _, tt := range tests {
		if got := chunkTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("chunks of %q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestChunkLongRunsCutAtSoftBoundaries(t *testing.T) {
	// 27 words with no marker, then "and then": the chunk passes
	// chunkWords and is cut at the conjunction, not mid-phrase.
	first := "we ship the parts to the plant in ohio every week and the plant assembles them into kits for the dealers who sell them on to farmers in the spring"
	text := first + " and then the dealers order more"
	got := chunkTexts(text)
	if len(got) != 2 || got[1] != "and then the dealers order more" {
		t.Errorf("chunks %q: want the run cut before \"and then\"", got)
	}
	// With no boundary at all, a chunk ends after maxChunkWords words.
	long := strings.TrimSpace(strings.Repeat("word ", 80))
	for _, c := range chunkTexts(long) {
		if n := transcript.CountWords(c); n > maxChunkWords {
			t.Errorf("chunk of %d words: want at most %d", n, maxChunkWords)
		}
	}
}

func TestChunkPartlyPunctuated(t *testing.T) {
	// A stretch without final punctuation in a punctuated turn is chunked
	// like unpunctuated text (prose does not end a sentence at "…" before
	// a lower-case word).
	got := chunkTexts("Sorry. I think regarding… sorry go ahead stefan do you want to add something")
	want := []string{"Sorry.", "I think regarding… sorry go ahead stefan", "do you want to add something"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSegmentTextContract checks, over the phone set stripped of
// punctuation and as written, that sentences are what segmentText
// promises: substrings at their offsets, in order, with their own words.
func TestSegmentTextContract(t *testing.T) {
	data, err := os.ReadFile("../passes/questions/testdata/phone.txt")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, l := range strings.Split(string(data), "\n") {
		if _, rest, ok := strings.Cut(l, ": "); ok && !strings.HasPrefix(l, "#") {
			texts = append(texts, rest, strings.ToLower(strings.Map(dropPunct, rest)))
		}
	}
	texts = append(texts, strings.Join(texts, " "))
	for _, text := range texts {
		sents, _ := segmentText(text)
		prev := 0
		for _, s := range sents {
			if s.Offset < prev || text[s.Offset:s.Offset+len(s.Text)] != s.Text {
				t.Fatalf("%q: sentence %q at %d is not in order at its offset", text, s.Text, s.Offset)
			}
			if !reflect.DeepEqual(s.Words, transcript.Words(s.Text)) && len(s.Words)+len(transcript.Words(s.Text)) > 0 {
				t.Fatalf("%q: sentence %q has words %q, want %q", text, s.Text, s.Words, transcript.Words(s.Text))
			}
			prev = s.Offset + len(s.Text)
		}
	}
}

func TestRestatedLabelEndsSentence(t *testing.T) {
	// Two labelled lines of one speaker are one turn but two utterances:
	// no sentence crosses from one to the other. A continuation line (no
	// label) may continue a sentence.
	tr, err := Parse("call.txt", []byte("A: so um is it\nA: is it a terror movie\nB: it's suspenseful and\nit's pretty graphic at points\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, turn := range tr.Turns {
		for _, s := range turn.Sentences {
			got = append(got, fmt.Sprintf("%d %s", s.Line, s.Text))
		}
	}
	want := []string{"1 so um is it", "2 is it a terror movie", "3 it's suspenseful and it's pretty graphic at points"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if len(tr.Turns) != 2 {
		t.Errorf("%d turns, want 2", len(tr.Turns))
	}
}

// dropPunct drops what the question tools strip: . ? ! , ; :
func dropPunct(r rune) rune {
	if strings.ContainsRune(".?!,;:", r) {
		return -1
	}
	return r
}
