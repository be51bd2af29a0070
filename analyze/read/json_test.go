package read

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// jsonTurn is a turn as a JSON reader test expects it. Times are Go durations ("1.5s");
// "" means untimed.
type jsonTurn struct {
	Speaker    string
	Start, End string
	Text       string
}

func sec(t *testing.T, s string) time.Duration {
	t.Helper()
	if s == "" {
		return 0
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func checkTurns(t *testing.T, tr *transcript.Transcript, want []jsonTurn) {
	t.Helper()
	if len(tr.Turns) != len(want) {
		for _, tu := range tr.Turns {
			t.Logf("got %s [%v-%v] %q", tu.Speaker, tu.Start, tu.End, tu.Text)
		}
		t.Fatalf("got %d turns, want %d", len(tr.Turns), len(want))
	}
	for i, w := range want {
		g := tr.Turns[i]
		if g.Speaker != w.Speaker || g.Text != w.Text || g.Start != sec(t, w.Start) || g.End != sec(t, w.End) {
			t.Errorf("turn %d:\n got %s [%v-%v] %q\nwant %s [%s-%s] %q", i, g.Speaker, g.Start, g.End, g.Text,
				w.Speaker, w.Start, w.End, w.Text)
		}
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		force  transcript.Format // --input-format; "" detects
		format transcript.Format
		timing transcript.Timing
		turns  []jsonTurn
	}{
		{
			name: "lastmile untimed",
			input: `{"turns": [{"speaker": "Dana", "text": "Hi there."}, {"speaker": " Jordan ", "text": "Hello."},
				{"speaker": "Jordan", "text": "Go on.", "start": null}]}`,
			format: Lastmile.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{"Dana", "", "", "Hi there."}, {"Jordan", "", "", "Hello. Go on."}},
		},
		{
			name:   "lastmile starts only: ends derived",
			input:  `{"turns": [{"speaker": "Dana", "start": 1, "text": "Hi there."}, {"speaker": "Jordan", "start": 3.5, "text": "Hello."}]}`,
			format: Lastmile.Name, timing: transcript.TimingStarts,
			turns: []jsonTurn{{"Dana", "1s", "3.5s", "Hi there."}, {"Jordan", "3.5s", "3.9s", "Hello."}},
		},
		{
			name:   "lastmile bare array",
			input:  `[{"speaker": "Dana", "text": "Hi."}, {"speaker": "Jordan", "text": "Hey."}]`,
			format: Lastmile.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{"Dana", "", "", "Hi."}, {"Jordan", "", "", "Hey."}},
		},
		{
			name:   "lastmile forced on a bare array",
			input:  `[{"speaker": "Dana", "text": "Hi."}]`,
			force:  Lastmile.Name,
			format: Lastmile.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{"Dana", "", "", "Hi."}},
		},
		{
			name:   "lastmile keeps HTML literally and drops wordless turns",
			input:  `{"turns": [{"speaker": "A", "text": "<i>Really</i> &amp; truly"}, {"speaker": "B", "text": "[laughs]"}]}`,
			format: Lastmile.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{"A", "", "", "<i>Really</i> &amp; truly"}},
		},
		{
			name: "whisper",
			input: `{"text": " Hi. Bye.", "language": "en", "segments": [{"id": 0, "start": 0.12, "end": 1.5, "text": " Hi."},
				{"id": 1, "start": 2, "end": 3.25, "text": " Bye."}]}`,
			format: Whisper.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{UnknownSpeaker, "120ms", "3.25s", "Hi. Bye."}},
		},
		{
			name:   "whisperx detected by a word speaker",
			input:  `{"segments": [{"start": 0, "end": 1, "text": "Hi. Yo.", "words": [{"word": "Hi.", "start": 0, "end": 0.4, "speaker": "SPEAKER_01"}, {"word": "Yo.", "start": 0.5, "end": 1, "speaker": "SPEAKER_02"}]}]}`,
			format: WhisperX.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"SPEAKER_01", "0s", "400ms", "Hi."}, {"SPEAKER_02", "500ms", "1s", "Yo."}},
		},
		{
			name:   "whisperx forced as whisper ignores speakers",
			input:  `{"segments": [{"start": 0, "end": 1, "text": "Hi.", "speaker": "SPEAKER_00"}, {"start": 1, "end": 2, "text": "Yo.", "speaker": "SPEAKER_01"}]}`,
			force:  Whisper.Name,
			format: Whisper.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{UnknownSpeaker, "0s", "2s", "Hi. Yo."}},
		},
		{
			name: "aws without speakers splits at pauses, glues punctuation",
			input: `{"results": {"items": [
				{"type": "punctuation", "alternatives": [{"content": "¿"}]},
				{"type": "pronunciation", "start_time": "0.5", "end_time": "0.8", "alternatives": [{"content": "Hi"}]},
				{"type": "punctuation", "alternatives": [{"content": ","}]},
				{"type": "pronunciation", "start_time": "0.9", "end_time": "1.3", "alternatives": [{"content": "Dana"}]},
				{"type": "punctuation", "alternatives": [{"content": "."}]},
				{"type": "pronunciation", "start_time": "2.3", "end_time": "2.6", "alternatives": [{"content": "Yes"}]}]}}`,
			format: AWS.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{UnknownSpeaker, "500ms", "2.6s", "¿Hi, Dana. Yes"}},
		},
		{
			name: "aws speaker_labels",
			input: `{"results": {"speaker_labels": {"speakers": 2, "segments": [
				{"start_time": "0.5", "end_time": "0.8", "speaker_label": "spk_0", "items": [{"start_time": "0.5", "end_time": "0.8", "speaker_label": "spk_0"}]},
				{"start_time": "0.8", "end_time": "1.2", "speaker_label": "spk_1", "items": [{"start_time": "0.80", "end_time": "1.2", "speaker_label": "spk_1"}]}]},
				"items": [
				{"type": "pronunciation", "start_time": "0.5", "end_time": "0.8", "alternatives": [{"content": "Hi"}]},
				{"type": "punctuation", "alternatives": [{"content": "."}]},
				{"type": "pronunciation", "start_time": "0.8", "end_time": "1.2", "alternatives": [{"content": "Hey"}]},
				{"type": "pronunciation", "start_time": "1.5", "end_time": "1.7", "alternatives": [{"content": "you"}]}]}}`,
			format: AWS.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"spk_0", "500ms", "800ms", "Hi."}, {"spk_1", "800ms", "1.7s", "Hey you"}},
		},
		{
			name: "aws speaker_labels win over channel_labels",
			input: `{"results": {"speaker_labels": {"segments": [{"items": [{"start_time": "0.5", "end_time": "0.8", "speaker_label": "spk_0"},
				{"start_time": "0.9", "end_time": "1.2", "speaker_label": "spk_1"}]}]},
				"channel_labels": {"channels": [{"channel_label": "ch_0", "items": [
				{"type": "pronunciation", "start_time": "0.5", "end_time": "0.8", "alternatives": [{"content": "Hi"}]},
				{"type": "pronunciation", "start_time": "0.9", "end_time": "1.2", "alternatives": [{"content": "Hey"}]}]}]},
				"items": [
				{"type": "pronunciation", "start_time": "0.5", "end_time": "0.8", "alternatives": [{"content": "Hi"}]},
				{"type": "pronunciation", "start_time": "0.9", "end_time": "1.2", "alternatives": [{"content": "Hey"}]}]}}`,
			format: AWS.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"spk_0", "500ms", "800ms", "Hi"}, {"spk_1", "900ms", "1.2s", "Hey"}},
		},
		{
			name: "aws channel_labels with times only label results.items",
			input: `{"results": {"channel_labels": {"channels": [
				{"channel_label": "ch_0", "items": [{"start_time": "0.5", "end_time": "0.8"}]},
				{"channel_label": "ch_1", "items": [{"start_time": "0.9", "end_time": "1.2"}]}]},
				"items": [
				{"type": "pronunciation", "start_time": "0.5", "end_time": "0.8", "alternatives": [{"content": "Hi"}]},
				{"type": "pronunciation", "start_time": "0.9", "end_time": "1.2", "alternatives": [{"content": "Hey"}]}]}}`,
			format: AWS.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"ch_0", "500ms", "800ms", "Hi"}, {"ch_1", "900ms", "1.2s", "Hey"}},
		},
		{
			name: "aws audio_segments without items",
			input: `{"results": {"audio_segments": [
				{"transcript": "Hi, Dana.", "start_time": "0.5", "end_time": "1.3", "speaker_label": "spk_0"},
				{"transcript": "Hello!", "start_time": "1.2", "end_time": "1.9", "speaker_label": "spk_1"}]}}`,
			format: AWS.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"spk_0", "500ms", "1.3s", "Hi, Dana."}, {"spk_1", "1.2s", "1.9s", "Hello!"}},
		},
		{
			name: "aws channel audio_segments interleave by time",
			input: `{"results": {"audio_segments": [
				{"transcript": "One.", "start_time": "0", "end_time": "1", "channel_label": "ch_0"},
				{"transcript": "Three.", "start_time": "4", "end_time": "5", "channel_label": "ch_0"},
				{"transcript": "Two.", "start_time": "2", "end_time": "3", "channel_label": "ch_1"}]}}`,
			format: AWS.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"ch_0", "0s", "1s", "One."}, {"ch_1", "2s", "3s", "Two."}, {"ch_0", "4s", "5s", "Three."}},
		},
		{
			name:   "aws transcript only",
			input:  `{"results": {"transcripts": [{"transcript": "Hi there."}], "items": []}}`,
			format: AWS.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{UnknownSpeaker, "", "", "Hi there."}},
		},
		{
			name: "deepgram utterances with speakers",
			input: `{"results": {"channels": [{"alternatives": [{"transcript": "Hi. Hello.", "words": []}]}], "utterances": [
				{"start": 0.08, "end": 1.2, "channel": 0, "speaker": 0, "transcript": "Hi."},
				{"start": 1.5, "end": 2.75, "channel": 0, "speaker": 1, "transcript": "Hello."}]}}`,
			format: Deepgram.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"Speaker 0", "80ms", "1.2s", "Hi."}, {"Speaker 1", "1.5s", "2.75s", "Hello."}},
		},
		{
			name: "deepgram multichannel utterances without speakers",
			input: `{"results": {"channels": [{"alternatives": []}, {"alternatives": []}], "utterances": [
				{"start": 0, "end": 2, "channel": 0, "transcript": "Hi."},
				{"start": 3, "end": 4, "channel": 0, "transcript": "Still me."},
				{"start": 1, "end": 2.5, "channel": 1, "transcript": "Hello."}]}}`,
			format: Deepgram.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"Channel 0", "0s", "2s", "Hi."}, {"Channel 1", "1s", "2.5s", "Hello."}, {"Channel 0", "3s", "4s", "Still me."}},
		},
		{
			name: "deepgram multichannel diarized words",
			input: `{"results": {"channels": [
				{"alternatives": [{"words": [{"word": "hi", "start": 0, "end": 0.5, "speaker": 0}, {"word": "yo", "start": 0.6, "end": 1, "speaker": 1}]}]},
				{"alternatives": [{"words": [{"word": "hey", "start": 0.2, "end": 0.4, "speaker": 0}]}]}]}}`,
			format: Deepgram.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"Channel 0 Speaker 0", "0s", "500ms", "hi"}, {"Channel 1 Speaker 0", "200ms", "400ms", "hey"},
				{"Channel 0 Speaker 1", "600ms", "1s", "yo"}},
		},
		{
			name:   "deepgram transcript without words is untimed",
			input:  `{"results": {"channels": [{"alternatives": [{"transcript": "Hi there.", "words": []}]}]}}`,
			format: Deepgram.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{UnknownSpeaker, "", "", "Hi there."}},
		},
		{
			name: "deepgram: one channel without words makes all untimed",
			input: `{"results": {"channels": [{"alternatives": [{"transcript": "Hi.", "words": [{"word": "hi", "punctuated_word": "Hi.", "start": 0, "end": 1}]}]},
				{"alternatives": [{"transcript": "Hello.", "words": []}]}]}}`,
			format: Deepgram.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{"Channel 0", "", "", "Hi."}, {"Channel 1", "", "", "Hello."}},
		},
		{
			name: "assemblyai utterances in milliseconds",
			input: `{"acoustic_model": "assemblyai_default", "utterances": [{"speaker": "A", "start": 170, "end": 1500, "text": "Hi."},
				{"speaker": "B", "start": 1600, "end": 2500, "text": "Hello."}], "words": []}`,
			format: AssemblyAI.Name, timing: transcript.TimingFull,
			turns: []jsonTurn{{"Speaker A", "170ms", "1.5s", "Hi."}, {"Speaker B", "1.6s", "2.5s", "Hello."}},
		},
		{
			name:   "assemblyai text only",
			input:  `{"audio_duration": 12, "text": "Hi there.", "words": [], "utterances": null}`,
			format: AssemblyAI.Name, timing: transcript.TimingNone,
			turns: []jsonTurn{{UnknownSpeaker, "", "", "Hi there."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Parse("call.json", []byte(tt.input), ReadOptions{Format: formatNamed(tt.force)})
			if err != nil {
				t.Fatal(err)
			}
			if tr.Format != tt.format || tr.Timing != tt.timing {
				t.Errorf("read as %s, timing %s; want %s, %s", tr.Format, tr.Timing, tt.format, tt.timing)
			}
			checkTurns(t, tr, tt.turns)
		})
	}
}

func TestReadJSONErrors(t *testing.T) {
	const flavours = `lastmile-json {"turns": [...]}, aws-json {"results": {"items": [...]}}, ` +
		`deepgram-json {"results": {"channels": [...]}}, assemblyai-json {"utterances": [...]} or {"words": [...], "audio_duration": ...}, ` +
		`whisper-json {"segments": [...]}, whisperx-json {"segments": [{"speaker": ...}]}`
	tests := []struct {
		name  string
		input string
		force transcript.Format
		line  int
		msg   string // the whole message after "file:line: "
	}{
		{"syntax error", "{\n\"turns\": [\n{\"speaker\": \"A\", \"text\": \"hi\"},\n]\n}", "", 4,
			"invalid JSON: invalid character ']' looking for beginning of value"},
		{"truncated", "{\"turns\": [\n{\"speaker\": \"A\"", "", 2, "invalid JSON: unexpected end of JSON input"},
		{"text forced as JSON", "Dana: hi", JSON.Name, 1, "invalid JSON: invalid character 'D' looking for beginning of value"},
		{"trailing garbage", "{\"turns\": []}\nx", "", 2, "invalid JSON: invalid character 'x' after top-level value"},
		{"scalar", "\n\"x\"", JSON.Name, 2, "not a JSON transcript: the top-level value is not an object"},
		{"wrong type", "{\"turns\": [\n{\"speaker\": \"A\", \"text\": \"hi\"},\n{\"speaker\": 5, \"text\": \"x\"}]}", "", 3,
			"turns[1].speaker: found a number, want a string"},
		{"number out of range", `{"turns": [{"speaker": "A", "text": "x", "start": 1e400}]}`, "", 1,
			"turns[0].start: found 1e400, want a number"},
		{"turns not an array", `{"turns": {"speaker": "A"}}`, "", 1, "turns: found an object, want an array"},
		{"unknown", `{"transcript": "hi"}`, "", 0, "unknown JSON transcript: expected one of " + flavours},
		{"array of numbers", "[\n1, 2]", JSON.Name, 2,
			`unknown JSON transcript: a top-level array must hold turns ({"speaker": "Dana", "text": "..."}), found a number`},
		{"array of other objects", `[{"id": 1}]`, "", 0, "unknown JSON transcript: expected one of " + flavours},
		{"missing speaker", "{\"turns\": [\n{\"speaker\": \"A\", \"text\": \"hi\"},\n  {\"text\": \"x\"}]}", "", 3, `turns[1]: missing "speaker"`},
		{"missing speaker in bare array", `[{"speaker": "A", "text": "hi"}, {"text": "x"}]`, "", 1, `[1]: missing "speaker"`},
		{"empty speaker", `{"turns": [{"speaker": " ", "text": "hi"}]}`, "", 1, `turns[0]: "speaker" is empty`},
		{"missing text", `{"turns": [{"speaker": "A"}]}`, "", 1, `turns[0]: missing "text"`},
		{"some turns timed", "{\"turns\": [{\"speaker\": \"A\", \"text\": \"hi\", \"start\": 1},\n{\"speaker\": \"B\", \"text\": \"yo\"}]}", "", 2,
			`turns[1]: no "start", but turns[0] has one: give times on every turn or on none`},
		{"some turns with ends", `{"turns": [{"speaker": "A", "text": "hi", "start": 1}, {"speaker": "B", "text": "yo", "start": 2, "end": 3}]}`, "", 1,
			`turns[1]: has "end" but turns[0] has none: give times on every turn or on none`},
		{"end without start", `{"turns": [{"speaker": "A", "text": "hi", "end": 1}]}`, "", 1, `turns[0]: has "end" but no "start"`},
		{"end before start", `{"turns": [{"speaker": "A", "text": "hi", "start": 2, "end": 1}]}`, "", 1,
			"turns[0]: ends (0:01.000) before it starts (0:02.000)"},
		{"negative start", `{"turns": [{"speaker": "A", "text": "hi", "start": -1, "end": 1}]}`, "", 1, `turns[0]: "start" -1 is negative`},
		{"huge end", `{"turns": [{"speaker": "A", "text": "hi", "start": 1, "end": 1e300}]}`, "", 1, `turns[0]: "end" 1e+300 is too large for a time`},
		{"bad role", `{"turns": [{"speaker": "A", "text": "hi", "role": "boss"}]}`, "", 1,
			`turns[0]: "role" "boss" is not one of rep, seller, customer, prospect`},
		{"no speech", `{"turns": []}`, "", 0, "no speech found: no turns with words"},
		{"aws time not a number", "{\"results\": {\"items\": [\n{\"type\": \"pronunciation\", \"start_time\": \"0.1\", \"end_time\": \"0.2\", \"alternatives\": [{\"content\": \"a\"}]},\n" +
			"{\"type\": \"pronunciation\", \"start_time\": \"abc\", \"end_time\": \"0.4\", \"alternatives\": [{\"content\": \"b\"}]}]}}", "", 3,
			`results.items[1]: start_time "abc" is not a number`},
		{"aws NaN", `{"results": {"items": [{"type": "pronunciation", "start_time": "NaN", "end_time": "1", "alternatives": [{"content": "a"}]}]}}`, "", 1,
			`results.items[0]: start_time "NaN" is not a finite number`},
		{"aws missing time", `{"results": {"items": [{"type": "pronunciation", "start_time": "1", "alternatives": [{"content": "a"}]}]}}`, "", 1,
			`results.items[0]: missing "end_time"`},
		{"aws end before start", `{"results": {"items": [{"type": "pronunciation", "start_time": "2", "end_time": "1", "alternatives": [{"content": "a"}]}]}}`, "", 1,
			`results.items[0]: ends (0:01.000) before it starts (0:02.000)`},
		{"aws no alternatives", `{"results": {"items": [{"type": "pronunciation", "start_time": "1", "end_time": "2"}]}}`, "", 1,
			`results.items[0]: no "alternatives"`},
		{"aws time as number", "{\"results\": {\"items\": [\n{\"type\": \"pronunciation\", \"start_time\": 1.5}]}}", "", 2,
			`results.items[0].start_time: found a number, want a string`},
		{"aws bad speaker_labels time", "{\"results\": {\"speaker_labels\": {\"segments\": [{\"items\": [\n{\"start_time\": \"1\", \"end_time\": \"2\"},\n{\"start_time\": \"x\", \"end_time\": \"2\"}]}]},\n" +
			"\"items\": [{\"type\": \"pronunciation\", \"start_time\": \"1\", \"end_time\": \"2\", \"alternatives\": [{\"content\": \"a\"}]}]}}", "", 3,
			`results.speaker_labels.segments[0].items[1]: start_time "x" is not a number`},
		{"deepgram word without start", "{\"results\": {\"channels\": [{\"alternatives\": [{\"words\": [\n{\"word\": \"a\", \"start\": 0, \"end\": 1},\n{\"word\": \"b\", \"end\": 2}]}]}]}}", "", 3,
			`results.channels[0].alternatives[0].words[1]: missing "start"`},
		{"deepgram utterance end before start", `{"results": {"utterances": [{"start": 2, "end": 1, "transcript": "a"}]}}`, "", 1,
			"results.utterances[0]: ends (0:01.000) before it starts (0:02.000)"},
		{"assemblyai ms end before start", `{"utterances": [{"speaker": "A", "start": 2500, "end": 1500, "text": "a"}]}`, "", 1,
			"utterances[0]: ends (0:01.500) before it starts (0:02.500)"},
		{"assemblyai word negative", `{"audio_duration": 1, "words": [{"text": "a", "start": -5, "end": 1}]}`, "", 1,
			`words[0]: "start" -5 is negative`},
		{"whisper Utterance without end", `{"segments": [{"start": 0, "text": "a"}]}`, "", 1, `segments[0]: missing "end"`},
		{"whisperx word bad time", `{"segments": [{"start": 0, "end": 1, "text": "a", "words": [{"word": "a", "start": -1, "speaker": "S"}]}]}`, "", 1,
			`segments[0]: words[0]: "start" -1 is negative`},
		{"forced aws on lastmile", `{"turns": [{"speaker": "A", "text": "hi"}]}`, AWS.Name, 0,
			`not AWS Transcribe JSON: no "results.items", "results.audio_segments" or "results.transcripts"`},
		{"forced lastmile on whisper", `{"segments": []}`, Lastmile.Name, 0, `not lastmile JSON: no "turns" array`},
		{"forced whisper on deepgram", `{"results": {"channels": []}}`, Whisper.Name, 0, `not Whisper JSON: no "segments" array`},
		{"forced deepgram on aws", `{"results": {"items": []}}`, Deepgram.Name, 0, `not Deepgram JSON: no "results.channels" or "results.utterances"`},
		{"forced assemblyai on whisper", `{"segments": []}`, AssemblyAI.Name, 0, `not AssemblyAI JSON: no "utterances", "words" or "text"`},
		{"duplicate top-level key", "{\"turns\": [{\"speaker\": \"A\", \"text\": \"hi\"}],\n\"turns\": [{\"speaker\": \"B\", \"text\": \"yo\"}]}", "", 2,
			`the top-level object: duplicate key "turns": only the last would be read, so the file is refused`},
		{"duplicate key in a turn", "{\"turns\": [\n{\"speaker\": \"A\", \"text\": \"hi\"},\n{\"speaker\": \"B\", \"text\": \"yo\",\n \"text\": \"gone\"}]}", "", 4,
			`turns[1]: duplicate key "text": only the last would be read, so the file is refused`},
		{"duplicate key in another case", `[{"speaker": "A", "Speaker": "B", "text": "hi"}]`, "", 1,
			`[0]: duplicate key "Speaker" (as "speaker": keys are matched ignoring case): only the last would be read, so the file is refused`},
		{"duplicate key escaped", `{"results": {"items": [], "\u0069tems": []}}`, "", 1,
			`results: duplicate key "items": only the last would be read, so the file is refused`},
		{"forced deepgram on an array", `[{"speaker": "A", "text": "hi"}]`, Deepgram.Name, 0, "not Deepgram JSON: the file is an array, not an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("call.json", []byte(tt.input), ReadOptions{Format: formatNamed(tt.force)})
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("got %v (%T), want a *ReadError", err, err)
			}
			if re.Line != tt.line || re.Msg != tt.msg {
				t.Errorf("got line %d: %s\nwant line %d: %s", re.Line, re.Msg, tt.line, tt.msg)
			}
		})
	}
}

// TestReadJSONFiles reads the real samples (testdata/read, with their
// licenses) and the hand-written fixtures. The expected turns of the real
// samples were computed from the JSON by a separate script, not copied from
// this reader's output.
func TestReadJSONFiles(t *testing.T) {
	tests := []struct {
		file     string
		format   transcript.Format
		speakers []string // of the turns, in order
		cues     []int    // per turn
		lines    []int    // per turn
		first    jsonTurn // the first turn, with only the start of its text
		last     jsonTurn // the last turn, with only the end of its text
	}{
		{
			file: "aws-speaker-labels.json", format: AWS.Name,
			speakers: []string{"spk_0", "spk_1", "spk_0"}, cues: []int{1, 3, 1}, lines: []int{594, 1178, 1782},
			first: jsonTurn{"spk_0", "490ms", "13.75s", "She was gone out into the vill"},
			last:  jsonTurn{"spk_0", "34.4s", "36.14s", "remembering what you"},
		},
		{
			file: "aws-channel-labels.json", format: AWS.Name,
			speakers: []string{"ch_1", "ch_0", "ch_1"}, cues: []int{1, 3, 1}, lines: []int{624, 15, 1217},
			first: jsonTurn{"ch_1", "490ms", "13.75s", "She was gone out into the vill"},
			last:  jsonTurn{"ch_1", "34.4s", "36.14s", "remembering what you"},
		},
		{
			file: "dg_speakers_no_utterances.json", format: Deepgram.Name,
			speakers: []string{"Speaker 0", "Speaker 1", "Speaker 0", "Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2", "Speaker 1"},
			cues:     []int{4, 1, 1, 2, 1, 1, 1, 4, 2, 2},
			first:    jsonTurn{"Speaker 0", "3.04s", "17.28s", "And, Jessica, Christina, we ar"},
			last:     jsonTurn{"Speaker 1", "156.39s", "163.105s", "cover clothes. Copy."},
		},
		{
			file: "dg_utterances.json", format: Deepgram.Name,
			speakers: []string{UnknownSpeaker}, cues: []int{6},
			first: jsonTurn{UnknownSpeaker, "80ms", "25.44s", "Yeah. As as much as, it's worth celebrating,"},
			last:  jsonTurn{UnknownSpeaker, "80ms", "25.44s", "and didn't get the same opportunities that we have today."},
		},
		{
			file: "assemblyai_utterances.json", format: AssemblyAI.Name,
			speakers: []string{"Speaker A"}, cues: []int{1},
			first: jsonTurn{"Speaker A", "170ms", "25.14s", "Yeah. As much as it's worth"},
			last:  jsonTurn{"Speaker A", "170ms", "25.14s", "that we have today."},
		},
		{
			file: "whisper_timestamped.json", format: Whisper.Name,
			speakers: []string{UnknownSpeaker}, cues: []int{4}, lines: []int{4},
			first: jsonTurn{UnknownSpeaker, "120ms", "25.32s", "Yeah, as much as it's worth"},
			last:  jsonTurn{UnknownSpeaker, "120ms", "25.32s", "that we have today."},
		},
		{
			file: "whisperx.json", format: WhisperX.Name,
			speakers: []string{"SPEAKER_00", "SPEAKER_01", "SPEAKER_00"}, cues: []int{1, 1, 2}, lines: []int{3, 5, 5},
			first: jsonTurn{"SPEAKER_00", "500ms", "2.9s", "Hi, this is Sam from Acme."},
			last:  jsonTurn{"SPEAKER_00", "4s", "8s", "Great, 2 questions. What do you use today?"},
		},
		{
			file: "lastmile.json", format: Lastmile.Name,
			speakers: []string{"Dana Whitfield", "Jordan Lee", "Dana Whitfield"}, cues: []int{1, 1, 2}, lines: []int{5, 7, 9},
			first: jsonTurn{"Dana Whitfield", "1.5s", "4s", "Hi Jordan, thanks"},
			last:  jsonTurn{"Dana Whitfield", "9.5s", "15s", "Got it. What would help them move faster?"},
		},
		{
			file: "aws-item-speakers.json", format: AWS.Name,
			speakers: []string{"spk_0", "spk_1"}, cues: []int{1, 2}, lines: []int{4, 8},
			first: jsonTurn{"spk_0", "500ms", "1.3s", "Hi, Dana."},
			last:  jsonTurn{"spk_1", "1.2s", "3.9s", "Hello! So, pricing?"},
		},
		{
			file: "assemblyai-words.json", format: AssemblyAI.Name,
			speakers: []string{"Speaker A", "Speaker B", "Speaker A"}, cues: []int{1, 1, 1}, lines: []int{4, 7, 11},
			first: jsonTurn{"Speaker A", "240ms", "1.25s", "Thanks for joining."},
			last:  jsonTurn{"Speaker A", "6s", "6.8s", "Let's start."},
		},
		{
			file: "deepgram-multichannel.json", format: Deepgram.Name,
			speakers: []string{"Channel 0", "Channel 1", "Channel 0", "Channel 1"}, cues: []int{1, 1, 1, 1}, lines: []int{4, 13, 8, 15},
			first: jsonTurn{"Channel 0", "400ms", "1.8s", "Thanks for calling Acme."},
			last:  jsonTurn{"Channel 1", "3.9s", "5.3s", "i have a billing question."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			tr, err := Parse(tt.file, data, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if tr.Format != tt.format || tr.Timing != transcript.TimingFull {
				t.Errorf("read as %s, timing %s; want %s, full", tr.Format, tr.Timing, tt.format)
			}
			var speakers []string
			var cues, lines []int
			for _, tu := range tr.Turns {
				speakers, cues, lines = append(speakers, tu.Speaker), append(cues, len(tu.Cues)), append(lines, tu.Line)
			}
			if !equal(speakers, tt.speakers) || !equal(cues, tt.cues) {
				t.Errorf("turns by %q with %v cues; want %q with %v", speakers, cues, tt.speakers, tt.cues)
			}
			if tt.lines != nil && !equal(lines, tt.lines) {
				t.Errorf("turn lines %v, want %v", lines, tt.lines)
			}
			first, last := tr.Turns[0], tr.Turns[len(tr.Turns)-1]
			if first.Speaker != tt.first.Speaker || first.Start != sec(t, tt.first.Start) || first.End != sec(t, tt.first.End) ||
				!strings.HasPrefix(first.Text, tt.first.Text) {
				t.Errorf("first turn %s [%v-%v] %.40q, want %+v", first.Speaker, first.Start, first.End, first.Text, tt.first)
			}
			if last.Speaker != tt.last.Speaker || last.Start != sec(t, tt.last.Start) || last.End != sec(t, tt.last.End) ||
				!strings.HasSuffix(last.Text, tt.last.Text) {
				t.Errorf("last turn %s [%v-%v] ...%q, want %+v", last.Speaker, last.Start, last.End, last.Text[max(0, len(last.Text)-40):], tt.last)
			}
			for _, n := range tr.Notes {
				if strings.Contains(n, "out of time order") {
					t.Errorf("note %q: the reader should hand build ordered segments", n)
				}
			}
		})
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The generic shape's roles decide the speakers' roles.
func TestReadJSONRoles(t *testing.T) {
	data, err := os.ReadFile("testdata/lastmile.json")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := Parse("lastmile.json", data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []transcript.Speaker{{Name: "Dana Whitfield", Role: transcript.RoleRep, RoleFrom: transcript.RoleFromLabel}, {Name: "Jordan Lee", Role: transcript.RoleCustomer, RoleFrom: transcript.RoleFromLabel}} {
		if s := tr.Speaker(want.Name); s == nil || *s != want {
			t.Errorf("speaker %+v, want %+v", s, want)
		}
	}
	if !strings.Contains(tr.Turns[1].Text, "<b>Legal</b>") {
		t.Errorf("HTML not kept literally: %q", tr.Turns[1].Text)
	}
}
