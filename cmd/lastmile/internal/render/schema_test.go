package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
)

// The JSON schemas, pinned as Go types: the README documents these fields,
// in this order, and tools read them. Each output is decoded with unknown
// fields refused and encoded again; the bytes must be the same, so a field
// added, dropped, renamed or moved, or a null where a value belongs, fails
// here. Nullable fields are pointers.

type callRecord struct {
	Schema        string                  `json:"schema"`
	File          string                  `json:"file"`
	Format        string                  `json:"format"`
	Timing        string                  `json:"timing"`
	Duration      *float64                `json:"duration"`
	Turns         int                     `json:"turns"`
	Seller        *string                 `json:"seller"`
	SellerGuessed bool                    `json:"seller_guessed"`
	Score         *float64                `json:"score"`
	Metrics       orderedMap[metricValue] `json:"metrics"`
	Speakers      []speakerRecord         `json:"speakers"`
	Findings      []findingRecord         `json:"findings"`
	Notes         []string                `json:"notes"`
}

type failedRecord struct {
	Schema string `json:"schema"`
	File   string `json:"file"`
	Error  string `json:"error"`
}

type metricValue struct {
	Value  *float64      `json:"value"`
	Unit   string        `json:"unit"`
	Status string        `json:"status"`
	Target *targetRecord `json:"target"`
	Detail *string       `json:"detail"`
	NA     *string       `json:"na"`
}

type targetRecord struct {
	Good   string  `json:"good"`
	Fair   string  `json:"fair"`
	Weight float64 `json:"weight"`
}

type speakerRecord struct {
	Name       string                   `json:"name"`
	Role       string                   `json:"role"`
	RoleSource string                   `json:"role_source"`
	Metrics    orderedMap[speakerValue] `json:"metrics"`
}

type speakerValue struct {
	Value  float64 `json:"value"`
	Detail *string `json:"detail"`
}

type findingRecord struct {
	Analyzer string   `json:"analyzer"`
	Kind     string   `json:"kind"`
	Line     *int     `json:"line"`
	Start    *float64 `json:"start"`
	Speaker  *string  `json:"speaker"`
	Message  string   `json:"message"`
	Evidence *string  `json:"evidence"`
}

type batchDoc struct {
	Schema  string            `json:"schema"`
	Calls   []json.RawMessage `json:"calls"` // each a callRecord or failedRecord, checked apart
	Sellers []rollupRecord    `json:"sellers"`
	Team    rollupRecord      `json:"team"`
}

type rollupRecord struct {
	Seller  *string                 `json:"seller"`
	Calls   int                     `json:"calls"`
	Score   statsRecord             `json:"score"`
	Metrics orderedMap[statsRecord] `json:"metrics"`
}

type statsRecord struct {
	N        int      `json:"n"`
	Median   *float64 `json:"median"`
	Mean     *float64 `json:"mean"`
	OnTarget *float64 `json:"on_target"`
}

type sentenceRecord struct {
	Schema       string   `json:"schema"`
	File         string   `json:"file"`
	Line         *int     `json:"line"`
	Start        *float64 `json:"start"`
	Speaker      string   `json:"speaker"`
	Role         string   `json:"role"`
	Text         string   `json:"text"`
	Tags         []string `json:"tags"`
	QuestionKind *string  `json:"question_kind"`
	Findings     []string `json:"findings"`
}

type inspectDoc struct {
	Schema    string           `json:"schema"`
	Call      callRecord       `json:"call"`
	Sentences []sentenceRecord `json:"sentences"`
}

type turnsRecord struct {
	Schema   string `json:"schema"`
	File     string `json:"file"`
	Format   string `json:"format"`
	Timing   string `json:"timing"`
	Speakers []struct {
		Name       string `json:"name"`
		Role       string `json:"role"`
		RoleSource string `json:"role_source"`
	} `json:"speakers"`
	Notes []string `json:"notes"`
	Turns []struct {
		Line         *int     `json:"line"`
		Speaker      string   `json:"speaker"`
		Role         string   `json:"role"`
		Start        *float64 `json:"start"`
		End          *float64 `json:"end"`
		Words        int      `json:"words"`
		Unpunctuated bool     `json:"unpunctuated"`
		Text         string   `json:"text"`
		Sentences    []string `json:"sentences"`
	} `json:"turns"`
}

// An orderedMap is a JSON object whose keys are data (metric names), kept
// in their order.
type orderedMap[V any] struct {
	keys   []string
	values []V
}

func (m *orderedMap[V]) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if _, err := dec.Token(); err != nil { // {
		return err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		var v V
		if err := dec.Decode(&v); err != nil {
			return err
		}
		m.keys, m.values = append(m.keys, tok.(string)), append(m.values, v)
	}
	_, err := dec.Token() // }
	return err
}

func (m orderedMap[V]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range m.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := marshal(m.values[i])
		if err != nil {
			return nil, err
		}
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// roundTrip decodes doc into a fresh T, refusing unknown fields, and
// checks that encoding it gives doc back.
func roundTrip[T any](t *testing.T, what string, doc []byte) {
	t.Helper()
	var compact bytes.Buffer
	if err := json.Compact(&compact, doc); err != nil {
		t.Fatalf("%s: not JSON: %v", what, err)
	}
	doc = compact.Bytes() // the batch document puts each call on a line
	var v T
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: does not decode as the schema: %v\n%s", what, err, doc)
	}
	back, err := marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back, doc) {
		t.Errorf("%s: fields differ from the schema:\n got %s\nwant %s", what, doc, back)
	}
}

func TestJSONSchemas(t *testing.T) {
	files, err := filepath.Glob("../../../../testdata/calls/*.*")
	if err != nil || len(files) == 0 {
		t.Fatal("no sample calls", err)
	}
	r := suite.Default()
	batch, _ := NewBatch("json", r, "file", false)
	var doc bytes.Buffer
	batch.Begin(&doc)
	for _, f := range files {
		if strings.HasSuffix(f, ".md") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := read.Parse(f, data, read.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		sc, err := analyze.Score(tr, r)
		if err != nil {
			t.Fatal(err)
		}
		sum := analyze.Summarize(sc)
		call := batch.Call(sc, &sum)
		roundTrip[callRecord](t, f, call)
		batch.Add(&doc, &sum, call)
		ann := analyze.Annotate(sc)
		keep := Select(ann, nil, "")
		roundTrip[inspectDoc](t, f+" inspect", AppendInspectJSON(nil, sc, ann, keep))
		for _, a := range ann {
			roundTrip[sentenceRecord](t, f+" sentence", AppendSentenceJSON(nil, sc, a))
		}
		roundTrip[turnsRecord](t, f+" turns", AppendTurnsJSON(nil, tr))
	}
	failed := analyze.Summary{File: "bad.txt", Err: &read.ReadError{File: "bad.txt", Line: 3, Msg: "broken"}}
	out := batch.Failed(&failed)
	roundTrip[failedRecord](t, "failed call", out)
	batch.Add(&doc, &failed, out)
	batch.End(&doc)
	roundTrip[batchDoc](t, "batch", doc.Bytes())
	roundTrip[failedRecord](t, "failed turns", AppendTurnsErrorJSON(nil, "bad.txt", failed.Err))
}
