package read

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// FuzzReadJSON: any bytes read as JSON give a transcript or a *ReadError,
// never a panic, and a transcript is well formed.
func FuzzReadJSON(f *testing.F) {
	// Small files only: mutating and minimising the 20-90 KB samples is so
	// slow that the fuzzer spends its time on them.
	files, _ := filepath.Glob("testdata/*.json")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) <= 10<<10 {
			f.Add(data)
		}
	}
	for _, s := range []string{
		`{"turns": [{"speaker": "A", "text": "hi", "start": 1, "end": 2, "role": "rep"}]}`,
		`[{"speaker": "A", "text": "hi"}]`,
		`{"segments": [{"start": 0, "end": 1, "text": "a", "words": [{"word": "a", "speaker": "S"}]}]}`,
		`{"results": {"audio_segments": [{"transcript": "a", "start_time": "0", "end_time": "1", "channel_label": "ch_0"}]}}`,
		`{"results": {"utterances": [{"start": 0, "end": 1, "channel": 1, "speaker": 0, "transcript": "a"}]}}`,
		`{"audio_duration": 1, "words": [{"text": "a", "start": 0, "end": 5, "speaker": "A"}]}`,
		`{"results": {"channels": [{"alternatives": [{"transcript": "a"}]}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := Parse("f.json", data, ReadOptions{Format: JSON})
		if err != nil {
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is a %T, not a *ReadError", err, err)
			}
			return
		}
		checkTranscript(t, tr)
	})
}

// checkTranscript checks what every transcript must satisfy.
func checkTranscript(t *testing.T, tr *transcript.Transcript) {
	t.Helper()
	for i, tu := range tr.Turns {
		if transcript.CountWords(tu.Text) == 0 {
			t.Fatalf("turn %d has no words: %q", i, tu.Text)
		}
		if tr.Timed() && tu.End < tu.Start {
			t.Fatalf("turn %d ends at %v before its start %v", i, tu.End, tu.Start)
		}
		if i > 0 && tr.Timed() && tu.Start < tr.Turns[i-1].Start {
			t.Fatalf("turn %d starts at %v, before turn %d (%v)", i, tu.Start, i-1, tr.Turns[i-1].Start)
		}
	}
}

// fuzzBytes hands out the fuzzer's bytes as small numbers; zeros when they
// run out.
type fuzzBytes struct {
	b []byte
	i int
}

func (s *fuzzBytes) next(n int) int {
	if s.i >= len(s.b) {
		return 0
	}
	s.i++
	return int(s.b[s.i-1]) % n
}

func (s *fuzzBytes) more() bool { return s.i < len(s.b) }

var (
	fuzzVocab    = []string{"hi", "Dana", "pricing", "don't", "follow-up", "3.5", "okay", "WE", "budget", "Q3", "café", "naïve", "10,000"}
	fuzzPunct    = []string{",", ".", "?", "!"}
	fuzzSpeakers = []string{"Dana", "Jordan Lee", "Speaker 2", "spk_0"}
)

// wordOf is one word as the reader must give it back: its compared form
// and the speaker it was said by.
type wordOf struct{ word, speaker string }

func wordsOf(text, speaker string) []wordOf {
	var out []wordOf
	for _, w := range transcript.Words(text) {
		out = append(out, wordOf{w, speaker})
	}
	return out
}

func transcriptWords(tr *transcript.Transcript) []wordOf {
	var out []wordOf
	for _, tu := range tr.Turns {
		out = append(out, wordsOf(tu.Text, tu.Speaker)...)
	}
	return out
}

// checkWords: every word comes out once, in order, with its speaker.
func checkWords(t *testing.T, got, want []wordOf) {
	t.Helper()
	if !slices.Equal(got, want) {
		n := 0
		for n < min(len(got), len(want)) && got[n] == want[n] {
			n++
		}
		t.Fatalf("words differ at %d:\n got %v\nwant %v", n, got[n:min(len(got), n+5)], want[n:min(len(want), n+5)])
	}
}

// FuzzReadJSONLastmile builds generic files from the fuzzer's bytes. Every
// word comes out exactly once, with its turn's speaker, in the order of the
// turns' start times (file order when untimed); starts never go back.
func FuzzReadJSONLastmile(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"), uint8(0))
	f.Add([]byte("\x09\x02\x30\x04\x05\x06\x17\x08\x29\x0a\x0b\x0c\x00\x00\x01\x05"), uint8(1))
	f.Add([]byte("\x10\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, timing uint8) {
		type turn struct {
			Speaker string   `json:"speaker"`
			Text    string   `json:"text"`
			Start   *float64 `json:"start,omitempty"`
			End     *float64 `json:"end,omitempty"`
			Role    string   `json:"role,omitempty"`
		}
		src := fuzzBytes{b: data}
		var turns []turn
		for src.more() {
			tu := turn{Speaker: fuzzSpeakers[src.next(len(fuzzSpeakers))]}
			var words []string
			for range src.next(6) {
				w := fuzzVocab[src.next(len(fuzzVocab))]
				if src.next(3) == 0 {
					w += fuzzPunct[src.next(len(fuzzPunct))]
				}
				words = append(words, w)
			}
			tu.Text = strings.Join(words, " ")
			if timing%3 > 0 {
				start := float64(src.next(64)) / 4
				tu.Start = &start
				if timing%3 == 2 {
					end := start + float64(src.next(16))/4
					tu.End = &end
				}
			}
			turns = append(turns, tu)
		}
		data, err := json.Marshal(map[string]any{"name": "fuzz", "turns": turns})
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse("fuzz.json", data, ReadOptions{})

		if timing%3 > 0 {
			slices.SortStableFunc(turns, func(a, b turn) int { return compareDur(time.Duration(*a.Start*1e9), time.Duration(*b.Start*1e9)) })
		}
		var want []wordOf
		for _, tu := range turns {
			want = append(want, wordsOf(tu.Text, tu.Speaker)...)
		}
		if len(want) == 0 {
			if err == nil {
				t.Fatal("no words, but no error")
			}
			return
		}
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		checkTranscript(t, tr)
		checkWords(t, transcriptWords(tr), want)
	})
}

// FuzzReadJSONAWS builds AWS items from the fuzzer's bytes: words and
// punctuation, speakers on the items (mode 0), in speaker_labels (mode 1)
// or nowhere (mode 2). Every word comes out exactly once, in order, with
// its speaker; starts never go back; and cues of one turn are apart by a
// pause of at least a second, the only reason to split one speaker's words.
func FuzzReadJSONAWS(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"), uint8(0))
	f.Add([]byte("\x01\x0b\x03\x04\x00\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11"), uint8(1))
	f.Add([]byte("\x00\x05\x07\x01\x0b\x03\x04\x05\x06\x07\x08\x09\x0a"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		mode %= 3
		src := fuzzBytes{b: data}
		var items, labelled []map[string]any
		var want []wordOf
		speaker := UnknownSpeaker
		startMS := 0
		for src.more() {
			if src.next(4) == 0 {
				items = append(items, map[string]any{"type": "punctuation",
					"alternatives": []map[string]string{{"confidence": "0.0", "content": fuzzPunct[src.next(len(fuzzPunct))]}}})
				continue
			}
			// Starts strictly increase, so that speaker_labels' times name
			// one item each; words may overlap.
			startMS += 10 + 100*src.next(14)
			endMS := startMS + 100*src.next(6)
			start, end := fmt.Sprintf("%d.%03d", startMS/1000, startMS%1000), fmt.Sprintf("%d.%03d", endMS/1000, endMS%1000)
			word := fuzzVocab[src.next(len(fuzzVocab))]
			label := ""
			if n := src.next(5); n < len(fuzzSpeakers) && mode != 2 {
				label = fmt.Sprintf("spk_%d", n)
				speaker = label
			}
			item := map[string]any{"type": "pronunciation", "start_time": start, "end_time": end,
				"alternatives": []map[string]string{{"confidence": "0.9", "content": word}}}
			switch {
			case mode == 0 && label != "":
				item["speaker_label"] = label
			case mode == 1 && label != "":
				labelled = append(labelled, map[string]any{"start_time": start, "end_time": end, "speaker_label": label})
			}
			items = append(items, item)
			want = append(want, wordOf{transcript.Words(word)[0], speaker})
			if len(transcript.Words(word)) != 1 {
				t.Fatalf("vocabulary word %q is not one word", word)
			}
		}
		results := map[string]any{"transcripts": []map[string]string{{"transcript": "..."}}, "items": items}
		if mode == 1 {
			results["speaker_labels"] = map[string]any{"speakers": 4,
				"segments": []map[string]any{{"start_time": "0.0", "end_time": "0.0", "speaker_label": "spk_0", "items": labelled}}}
		}
		data, err := json.Marshal(map[string]any{"jobName": "fuzz", "results": results, "status": "COMPLETED"})
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse("fuzz.json", data, ReadOptions{})
		if len(want) == 0 {
			if err == nil {
				t.Fatal("no words, but no error")
			}
			return
		}
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if tr.Format != AWS.Name || tr.Timing != transcript.TimingFull {
			t.Fatalf("read as %s, timing %s", tr.Format, tr.Timing)
		}
		checkTranscript(t, tr)
		checkWords(t, transcriptWords(tr), want)
		for i, tu := range tr.Turns {
			for j := 1; j < len(tu.Cues); j++ {
				if gap := tu.Cues[j].Start - tu.Cues[j-1].End; gap < pauseSplit {
					t.Fatalf("turn %d: cues %d and %d are %v apart: why split?", i, j-1, j, gap)
				}
			}
		}
	})
}
