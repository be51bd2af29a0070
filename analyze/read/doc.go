// Package read turns transcript files into transcript.Transcripts, and
// knows no metric.
//
// Read (or Parse, for bytes in memory) decodes the bytes (BOM, UTF-16, CRLF,
// Windows-1252, binary refused), detects the format family from the
// content (DetectFormat: text, WebVTT, SRT or JSON; the extension only
// breaks ties), and hands the text to the family's reader, which tells its
// members apart (Zoom's and Otter's text exports; the JSON flavours) and
// returns Utterances. Build merges them into turns, settles timing, assigns
// roles (AssignRoles: --rep, the rubric's sellers, labels, or a marked
// guess) and splits each turn into sentences: prose's sentences, computed
// by internal/punkt from prose's model (sentences.go is the only file that
// splits), and a fallback chunker for unpunctuated speech (chunk.go).
//
// The formats are one table (format.go): each Format has its name,
// aliases, title, extension and reader, and is declared in its reader's
// file. Errors are ReadErrors that name the file and, where there is one,
// the line.
package read
