package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkReadJSON reads synthetic three-hour calls (two speakers, about
// 27,000 words) as AWS Transcribe writes them (compact, as the service
// does, and indented, as scripts save them: the indented file costs the
// line scan) and as Deepgram does (words and utterances). "decode" is
// encoding/json alone, the floor.
func BenchmarkReadJSON(b *testing.B) {
	aws := syntheticAWS(3 * 3600)
	var indented bytes.Buffer
	if err := json.Indent(&indented, []byte(aws), "", "    "); err != nil {
		b.Fatal(err)
	}
	dg := syntheticDeepgram(3 * 3600)
	for _, bc := range []struct {
		name, text string
	}{
		{"aws-3h", aws},
		{"aws-3h-indented", indented.String()},
		{"deepgram-3h", dg},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, _, err := readJSON(bc.text, JSON); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/decode", func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := decodeJSON(bc.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchWords is the synthetic calls' vocabulary.
var benchWords = strings.Fields("so what we are seeing is that the rollout takes longer than planned because " +
	"legal needs to review every contract and the budget for next quarter is not approved yet")

// syntheticAWS writes an AWS Transcribe job output of a two-speaker call
// lasting secs seconds, with speaker_labels, as the service writes it.
func syntheticAWS(secs int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	var items, labels strings.Builder
	t, speaker, n := 0.5, 0, 0
	for t < float64(secs) {
		if rng.IntN(12) == 0 {
			speaker = 1 - speaker
			t += 0.3 + rng.Float64()
		}
		end := t + 0.1 + rng.Float64()*0.4
		if n > 0 {
			items.WriteByte(',')
			labels.WriteByte(',')
		}
		fmt.Fprintf(&items, `{"start_time":"%.2f","end_time":"%.2f","alternatives":[{"confidence":"0.99","content":"%s"}],"type":"pronunciation"}`,
			t, end, benchWords[rng.IntN(len(benchWords))])
		fmt.Fprintf(&labels, `{"start_time":"%.2f","speaker_label":"spk_%d","end_time":"%.2f"}`, t, speaker, end)
		if rng.IntN(8) == 0 {
			items.WriteString(`,{"alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"}`)
		}
		t, n = end+rng.Float64()*0.3, n+1
	}
	return `{"jobName":"bench","accountId":"000000000000","results":{"transcripts":[{"transcript":"..."}],` +
		`"speaker_labels":{"speakers":2,"segments":[{"start_time":"0.5","speaker_label":"spk_0","end_time":"1.0","items":[` +
		labels.String() + `]}]},"items":[` + items.String() + `]},"status":"COMPLETED"}`
}

// syntheticDeepgram writes a Deepgram response with diarized words and
// utterances for a two-speaker call lasting secs seconds.
func syntheticDeepgram(secs int) string {
	rng := rand.New(rand.NewPCG(3, 4))
	var words, utts, utt strings.Builder
	t, speaker, n, uttStart := 0.5, 0, 0, 0.5
	flush := func(end float64) {
		if utts.Len() > 0 {
			utts.WriteByte(',')
		}
		fmt.Fprintf(&utts, `{"start":%.3f,"end":%.3f,"confidence":0.98,"channel":0,"transcript":"%s","words":[%s],"speaker":%d,"id":"x"}`,
			uttStart, end, "...", utt.String(), speaker)
		utt.Reset()
	}
	last := t
	for t < float64(secs) {
		if rng.IntN(12) == 0 && utt.Len() > 0 {
			flush(last)
			speaker = 1 - speaker
			t += 0.3 + rng.Float64()
			uttStart = t
		}
		end := t + 0.1 + rng.Float64()*0.4
		w := benchWords[rng.IntN(len(benchWords))]
		word := fmt.Sprintf(`{"word":"%s","start":%.3f,"end":%.3f,"confidence":0.99,"speaker":%d,"speaker_confidence":0.8,"punctuated_word":"%s"}`,
			w, t, end, speaker, w)
		if n > 0 {
			words.WriteByte(',')
		}
		words.WriteString(word)
		if utt.Len() > 0 {
			utt.WriteByte(',')
		}
		utt.WriteString(word)
		last, t, n = end, end+rng.Float64()*0.3, n+1
	}
	flush(last)
	return `{"metadata":{"request_id":"bench","duration":` + fmt.Sprint(secs) + `,"channels":1},"results":{"channels":[{"alternatives":[` +
		`{"transcript":"...","confidence":0.99,"words":[` + words.String() + `]}]}],"utterances":[` + utts.String() + `]}}`
}
