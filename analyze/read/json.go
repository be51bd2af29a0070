package read

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// JSON transcripts. The file is decoded once into jsonDoc, which holds the
// fields of every flavour; which fields are present tells the flavour (see
// detectJSON), and one reader per flavour turns them into segments.
//
// The rules, documented in the README's formats table:
//   - lastmile-json: {"turns": [...]} (other top-level keys ignored) or a
//     bare array of turns; each turn needs "speaker" and "text"; "start"
//     and "end" are seconds, and every turn has them or none does;
//     "role" is rep/seller or customer/prospect.
//   - whisper-json / whisperx-json: "segments" with start, end, text; a
//     WhisperX "speaker" (SPEAKER_00) is kept as written. A segment without
//     a speaker whose words have speakers is split by word speaker.
//   - aws-json: the words of results.items, split at speaker changes and
//     at pauses of 1 s or more; punctuation sticks to the word before.
//     Speakers come from the items' speaker_label, else speaker_labels,
//     else channel_labels (the channel label, ch_0, is the speaker); labels
//     are kept as written (spk_0). results.audio_segments is read when there
//     are no items; results.transcripts alone gives one untimed turn.
//   - deepgram-json: results.utterances, else each channel's words, split
//     as for AWS; speaker 0 is "Speaker 0"; with several channels the
//     channel is the speaker ("Channel 1"), or both ("Channel 1 Speaker 0").
//   - assemblyai-json: utterances, else words, else text; speaker "A" is
//     "Speaker A"; times are milliseconds.
//
// A speaker the file does not give is left to build: it continues the
// previous turn, or is Unknown at the start.

// jsonDoc is the union of the top-level fields of every flavour. Fields
// only one flavour reads and that are small are raw, so that a file of one
// flavour is not refused for carrying a differently typed key of another.
type jsonDoc struct {
	Turns    []lmTurn         `json:"turns"`    // lastmile
	Segments []whisperSegment `json:"segments"` // Whisper, WhisperX
	Results  *jsonResults     `json:"results"`  // AWS, Deepgram
	// AssemblyAI
	Utterances    []aaiUtterance  `json:"utterances"`
	Words         []aaiWord       `json:"words"`
	Text          json.RawMessage `json:"text"`
	AudioDuration json.RawMessage `json:"audio_duration"`
	AcousticModel json.RawMessage `json:"acoustic_model"`

	array bool // the file is a bare array of turns
}

// jsonResults is the "results" object of AWS Transcribe and Deepgram, whose
// keys do not collide.
type jsonResults struct {
	Items         []awsItem         `json:"items"`
	Transcripts   []awsTranscript   `json:"transcripts"`
	SpeakerLabels *awsSpeakerLabels `json:"speaker_labels"`
	ChannelLabels *awsChannelLabels `json:"channel_labels"`
	AudioSegments []awsAudioSegment `json:"audio_segments"`

	Channels   []dgChannel   `json:"channels"`
	Utterances []dgUtterance `json:"utterances"`
}

// JSON is the family of JSON transcripts: its reader decodes the file and
// asks each flavour, in the order of the formats table, whether it is one.
var JSON = &Format{Name: "json", Title: "JSON", Ext: ".json"}

func init() { JSON.read = readJSON } // readJSON names the formats: set here to break the cycle

// A jsonFlavour is how one JSON format is recognised and read.
type jsonFlavour struct {
	example string // the shape the unknown-JSON error shows: {"turns": [...]}
	detect  func(*jsonDoc) bool
	read    func(*jsonReader) ([]Utterance, error)
}

// readJSON reads any JSON flavour. want is JSON to detect the flavour, or
// the flavour to read it as.
func readJSON(text string, want *Format) ([]Utterance, *Format, []string, error) {
	doc, err := decodeJSON(text)
	if err != nil {
		return nil, want, nil, err
	}
	format := want
	if want == JSON {
		if format, err = detectJSON(doc); err != nil {
			return nil, want, nil, err
		}
	}
	if format.json == nil {
		return nil, format, nil, fmt.Errorf("%s is not a JSON format", format.Name)
	}
	if doc.array && format != Lastmile {
		return nil, format, nil, fmt.Errorf("not %s: the file is an array, not an object", format.Title)
	}
	r := &jsonReader{text: text, doc: doc, format: format, multiline: strings.Contains(text, "\n")}
	segs, err := format.json.read(r)
	return segs, format, nil, err
}

// decodeJSON decodes the file, turning encoding/json's errors into errors
// at a line that name the offending value.
func decodeJSON(text string) (*jsonDoc, error) {
	doc := new(jsonDoc)
	data := []byte(text)
	var err error
	switch first := strings.TrimLeft(text, " \t\n\r"); {
	case strings.HasPrefix(first, "["):
		doc.array = true
		err = json.Unmarshal(data, &doc.Turns)
	case strings.HasPrefix(first, "{"):
		err = json.Unmarshal(data, doc)
	default:
		if !json.Valid(data) {
			err = json.Unmarshal(data, new(any)) // for the syntax error's place
			break
		}
		return nil, errAt(lineAt(text, len(text)-len(first)), "not a JSON transcript: the top-level value is not an object")
	}
	if err != nil {
		return nil, jsonError(text, doc.array, err)
	}
	if k := findDuplicateKey(text); k != nil {
		return nil, k.err()
	}
	return doc, nil
}

func jsonError(text string, array bool, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return errAt(lineAt(text, int(syntax.Offset)-1), "invalid JSON: %s", syntax.Error())
	case errors.As(err, &typ):
		off := int(typ.Offset) - 1
		path := pathAt(text, off)
		if array && !strings.Contains(path, ".") {
			return errAt(lineAt(text, off), "unknown JSON transcript: a top-level array must hold turns "+
				`({"speaker": "Dana", "text": "..."}), found %s`, jsonValueName(typ.Value))
		}
		if path == "" {
			path = typ.Field
		}
		return errAt(lineAt(text, off), "%s: found %s, want %s", path, jsonValueName(typ.Value), jsonTypeName(typ.Type))
	}
	return err
}

// jsonValueName names what encoding/json found ("string", "number 1.5").
func jsonValueName(v string) string {
	switch {
	case v == "array", v == "object":
		return "an " + v
	case strings.HasPrefix(v, "number "):
		return v[len("number "):]
	}
	return "a " + v
}

// jsonTypeName names the JSON a Go type wants.
func jsonTypeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Slice:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return t.String()
}

// detectJSON names the flavour from the fields present: the first flavour
// of the formats table that recognises them. lastmile's own "turns" comes
// first: no vendor uses it, and a converted file may keep other keys.
func detectJSON(doc *jsonDoc) (*Format, error) {
	var shapes []string
	for _, f := range formats {
		if f.json == nil {
			continue
		}
		if f.json.detect(doc) {
			return f, nil
		}
		shapes = append(shapes, string(f.Name)+" "+f.json.example)
	}
	return nil, errors.New("unknown JSON transcript: expected one of " + strings.Join(shapes, ", "))
}

// looksLikeTurns tells an array of turns from any other array: some
// element has a speaker or a text.
func looksLikeTurns(turns []lmTurn) bool {
	for _, t := range turns {
		if t.Speaker != nil || t.Text != nil {
			return true
		}
	}
	return len(turns) == 0
}

// present reports whether a raw field is in the file and not null.
func present(raw json.RawMessage) bool {
	return len(raw) > 0 && string(raw) != "null"
}

// notFlavour is the error for a file forced to a flavour it is not.
func notFlavour(f *Format, fields string) error {
	return fmt.Errorf("not %s: no %s", f.Title, fields)
}

// jsonReader carries what every flavour's reader needs.
type jsonReader struct {
	text      string
	doc       *jsonDoc
	format    *Format // the flavour being read
	multiline bool
}

// lineTable gives the line of each element of one array.
type lineTable struct {
	one   bool  // the file is one line long
	lines []int // else each element's line, or nil when unknown
}

// lines finds the line of each of the n decoded elements at path. When the
// scan does not agree with the decoder (duplicate keys, keys in another
// case, which encoding/json accepts), lines are unknown: 0.
func (r *jsonReader) lines(n int, path ...string) lineTable {
	if !r.multiline {
		return lineTable{one: true}
	}
	lines := elementLines(r.text, path...)
	if len(lines) != n {
		return lineTable{}
	}
	return lineTable{lines: lines}
}

func (t lineTable) at(i int) int {
	switch {
	case t.one:
		return 1
	case i >= 0 && i < len(t.lines):
		return t.lines[i]
	}
	return 0
}

// maxJSONSeconds bounds times, so that a wild value is an error rather than
// an overflow: no call lasts 115 days.
const maxJSONSeconds = 1e7

// duration converts v, in units of which perSecond make a second, to a
// duration rounded to the millisecond (vendors' floats carry noise like
// 17.279999), refusing what cannot be a time in a call. The error says
// what is wrong with the value, for the caller to name it.
func duration(v float64, perSecond float64) (time.Duration, error) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return 0, errors.New("is not a finite number")
	case v < 0:
		return 0, errors.New("is negative")
	case v/perSecond > maxJSONSeconds:
		return 0, errors.New("is too large for a time")
	}
	return time.Duration(math.Round(v*1000/perSecond)) * time.Millisecond, nil
}

// A span is the times of one element, as far as it gives them.
type span struct {
	start, end       time.Duration
	hasStart, hasEnd bool
}

// spanOf reads an element's optional start and end (keys named for
// messages), checking that the end is not before the start.
func spanOf(start, end *float64, perSecond float64, startKey, endKey string) (span, error) {
	var s span
	var err error
	if start != nil {
		if s.start, err = duration(*start, perSecond); err != nil {
			return s, fmt.Errorf("%q %s %w", startKey, jsonNum(*start), err)
		}
		s.hasStart = true
	}
	if end != nil {
		if s.end, err = duration(*end, perSecond); err != nil {
			return s, fmt.Errorf("%q %s %w", endKey, jsonNum(*end), err)
		}
		s.hasEnd = true
	}
	return s, s.check()
}

func jsonNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func (s span) check() error {
	if s.hasStart && s.hasEnd && s.end < s.start {
		return fmt.Errorf("ends (%s) before it starts (%s)", fmtDur(s.end), fmtDur(s.start))
	}
	return nil
}

// needSpan is spanOf for elements that must have both times.
func needSpan(start, end *float64, perSecond float64, startKey, endKey string) (span, error) {
	switch {
	case start == nil:
		return span{}, fmt.Errorf("missing %q", startKey)
	case end == nil:
		return span{}, fmt.Errorf("missing %q", endKey)
	}
	return spanOf(start, end, perSecond, startKey, endKey)
}

// elemError puts an element's name and line on a problem with it.
func elemError(line int, elem string, err error) error {
	return errAt(line, "%s: %s", elem, err.Error())
}

// elemName names element i of an array for messages: "turns[3]".
func elemName(array string, i int) string {
	return array + "[" + strconv.Itoa(i) + "]"
}

// pauseSplit is the silence within one speaker's words that ends a segment:
// segment ends are where the pause and overlap metrics measure from, so a
// long silence must show as a gap rather than hide inside a cue.
const pauseSplit = time.Second

// A wordRun gathers timed words into segments, starting a new segment when
// the speaker changes or pauses for pauseSplit or more.
type wordRun struct {
	segs    []Utterance
	cur     Utterance
	text    strings.Builder
	open    bool
	speaker string // the speaker of the latest word that had one
	pending string // punctuation that came before any word
}

// word adds a word; speaker "" continues the current speaker.
func (w *wordRun) word(speaker, text string, start, end time.Duration, line int) {
	if speaker == "" {
		speaker = w.speaker
	}
	if w.open && (speaker != w.cur.Speaker || start-w.cur.End >= pauseSplit) {
		w.flush()
	}
	w.speaker = speaker
	if !w.open {
		w.open = true
		w.cur = Utterance{Speaker: speaker, Start: start, End: end, HasStart: true, HasEnd: true, Line: line}
		w.text.WriteString(w.pending)
		w.pending = ""
	} else {
		w.text.WriteByte(' ')
	}
	w.text.WriteString(text)
	w.cur.End = max(w.cur.End, end)
}

// punct glues punctuation to the word before it, with no space.
func (w *wordRun) punct(text string) {
	if !w.open {
		w.pending += text
		return
	}
	w.text.WriteString(text)
}

func (w *wordRun) flush() {
	if w.open {
		w.cur.Text = w.text.String()
		w.text.Reset()
		w.segs = append(w.segs, w.cur)
		w.open = false
	}
}

// finish returns the segments gathered.
func (w *wordRun) finish() []Utterance {
	w.flush()
	return w.segs
}
