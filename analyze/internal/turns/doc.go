// Package turns holds the measurements over turns and sides that several
// analyzers share: why a metric is not applicable (NoSides, NoSeller),
// each speaker's words and speech time (Totals), backchannels (the shared
// phrase list, IsBackchannel, IsBackchannelTurn), the punctuation around a
// sentence's words (Marks), and small helpers for messages.
package turns
