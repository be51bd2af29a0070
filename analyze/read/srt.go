package read

import "strings"

// SubRip (SRT): blocks of a cue number, a timing line
// "00:00:01,250 --> 00:00:04,900" and text lines, separated by blank lines.
// Times may use "." for "," and may have a short or no fraction
// ("00:02:04,08" is 80 ms; "00:01:39"); coordinates after the end time
// ("X1:40 X2:600 Y1:20 Y2:50") are ignored. Speakers are found by the cue
// label rule (see read_cues.go); SRT often names a speaker only when the
// speaker changes, and a cue without a label continues the previous
// speaker. Markup (<font>, <b>, <i>, <u>, {\an8}) is removed and character
// references are decoded. Annotations such as "(door closes)" stay in the
// text; they have no words, and a cue of nothing else is not speech.

// SRT: SubRip subtitles.
var SRT = &Format{Name: "srt", Title: "SRT", Ext: ".srt", read: cueReader(readSRT)}

var srtDialect = cueDialect{
	isID:      isDigits,
	keepStray: true, // a blank line inside a cue's text does not end the cue
}

// readSRT reads a SubRip file.
func readSRT(text string) ([]Utterance, error) {
	lines := strings.Split(text, "\n")
	cues, err := scanCues(lines, 0, srtDialect)
	if err != nil {
		return nil, err
	}
	if len(cues) == 0 {
		return nil, errAt(1, "not SRT: no cue timings (00:00:01,000 --> 00:00:02,000)")
	}
	var b cueSegmenter
	for _, c := range cues {
		b.addPlain(c)
	}
	return b.finish(), nil
}
