package read

import (
	"fmt"
	"strings"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// A Format is a transcript file format lastmile reads. The formats are
// one table, formats, below; each is declared in the file of its reader.
// Adding a format is one file and one line of the table (a JSON flavour also
// adds its top-level keys to jsonDoc, which decodes every flavour at once).
type Format struct {
	// Name is what `lastmile turns` prints and --input-format takes.
	Name transcript.Format
	// Aliases are other names --input-format takes ("vtt", "aws").
	Aliases []string
	// Title names the format in messages: "AWS Transcribe JSON".
	Title string
	// Ext is the file extension of the format's family (".vtt"): a folder
	// walk takes such files, and it breaks ties when the content is not
	// distinctive. Only families have one.
	Ext string
	// Family is the format whose reader reads this one: the plain-text
	// family for Zoom's and Otter's text exports, JSON for its flavours;
	// nil for a family itself.
	Family *Format

	// read reads a file of a family; want is the format asked for (the
	// family itself to detect its member, or a member).
	read func(text string, want *Format) ([]Utterance, *Format, []string, error)
	// json, for a JSON flavour: how to recognise and read it.
	json *jsonFlavour
}

func (f *Format) String() string { return string(f.Name) }

// formats lists every format, families before their members, in the order
// help texts list them and JSON flavours are tried (lastmile's own first:
// no vendor uses its "turns", and a converted file may keep other keys).
var formats = []*Format{
	Text, ZoomText, Otter, WebVTT, SRT, JSON,
	Lastmile, AWS, Deepgram, AssemblyAI, Whisper, WhisperX,
}

// Formats returns every format, for help texts.
func Formats() []*Format { return formats }

// Extensions returns the file extensions of the formats, for folder walks:
// ".txt", ".vtt", ".srt", ".json".
func Extensions() []string {
	var exts []string
	for _, f := range formats {
		if f.Ext != "" {
			exts = append(exts, f.Ext)
		}
	}
	return exts
}

// ParseFormat turns an --input-format value into a Format, accepting the
// aliases ("txt", "vtt", "aws", "generic"...); "" and "auto" mean detect
// it (nil).
func ParseFormat(s string) (*Format, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	if v == "" || v == "auto" {
		return nil, nil
	}
	for _, f := range formats {
		if string(f.Name) == v {
			return f, nil
		}
		for _, a := range f.Aliases {
			if a == v {
				return f, nil
			}
		}
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f.Name)
	}
	return nil, fmt.Errorf("unknown input format %q (want one of: auto, %s)", s, strings.Join(names, ", "))
}

// family returns the format whose reader reads f.
func (f *Format) family() *Format {
	if f.Family != nil {
		return f.Family
	}
	return f
}
