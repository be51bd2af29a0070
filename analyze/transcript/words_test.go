package transcript

import (
	"fmt"
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Don't stop", []string{"don't", "stop"}},
		{"Dana’s follow-up", []string{"dana's", "follow-up"}},
		{"Mm-hmm... yeah", []string{"mm-hmm", "yeah"}},
		{"3.5 million, 10,000 seats", []string{"3.5", "million", "10,000", "seats"}},
		{"Q&A", []string{"q", "a"}},
		{"so -- the thing—", []string{"so", "the", "thing"}},
		{"rock 'n' roll", []string{"rock", "n", "roll"}},
		{"well- we", []string{"well", "we"}},
		{"[laughter] okay (crosstalk) <inaudible> sure", []string{"okay", "sure"}},
		{"an unclosed [bracket stays", []string{"an", "unclosed", "bracket", "stays"}},
		{"great[laughs] and(crosstalk) yes", []string{"great", "and", "yes"}},
		{"CAFÉ Zürich", []string{"café", "zürich"}},
		{"…", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := Words(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if n := CountWords(tt.in); n != len(tt.want) {
			t.Errorf("CountWords(%q) = %d, want %d", tt.in, n, len(tt.want))
		}
	}
}

func ExampleWords() {
	fmt.Println(Words("Mm-hmm. So we’re at 3.5 seats [laughs] -- right?"))
	// Output: [mm-hmm so we're at 3.5 seats right]
}
