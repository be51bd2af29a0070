package read

import (
	"strings"
	"testing"
)

func TestAssignRoles(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		opts  ReadOptions
		want  map[string]string // speaker -> "role/source"
		notes string
	}{
		{
			name: "--rep matches a first name, any case",
			src:  "Dana Whitfield: hi\nSam Ortiz: hello, this is Sam from Acme",
			opts: ReadOptions{Reps: []string{"DANA"}},
			want: map[string]string{"Dana Whitfield": "rep/given", "Sam Ortiz": "customer/given"},
		},
		{
			name: "--rep matches a full name",
			src:  "Dana Whitfield: hi\nSam Ortiz: hello",
			opts: ReadOptions{Reps: []string{" sam ortiz "}},
			want: map[string]string{"Dana Whitfield": "customer/given", "Sam Ortiz": "rep/given"},
		},
		{
			name:  "--rep that matches nobody: no seller on this call",
			src:   "Dana: hi\nSam: hello, this is Sam from Acme",
			opts:  ReadOptions{Reps: []string{"nobody"}},
			want:  map[string]string{"Dana": "unknown/none", "Sam": "unknown/none"},
			notes: "no speaker matches --rep nobody",
		},
		{
			name: "the rubric's sellers that match nobody fall back to labels",
			src:  "Rep: hi\nCustomer: hello",
			opts: ReadOptions{Sellers: []string{"nobody"}},
			want: map[string]string{"Rep": "rep/label", "Customer": "customer/label"},
		},
		{
			name: "the rubric's sellers",
			src:  "Dana: hi\nSam: hello",
			opts: ReadOptions{Sellers: []string{"sam"}},
			want: map[string]string{"Dana": "customer/given", "Sam": "rep/given"},
		},
		{
			name: "labels, with numbers and brackets",
			src:  "Agent 1: hi\nCaller: hello\nSam (Sales Engineer): and me",
			want: map[string]string{"Agent 1": "rep/label", "Caller": "customer/label", "Sam (Sales Engineer)": "rep/label"},
		},
		{
			name: "a labelled customer makes the others reps",
			src:  "Prospect: hi\nMarcus: hello",
			want: map[string]string{"Prospect": "customer/label", "Marcus": "rep/label"},
		},
		{
			name:  "guess: the caller who introduces themselves with a company",
			src:   "Dana: Hello?\nMarcus: Hi Dana, this is Marcus from Freightwise.\nDana: Oh hi.",
			want:  map[string]string{"Dana": "customer/guess", "Marcus": "rep/guess"},
			notes: "seller guessed: Marcus",
		},
		{
			name: "guess: 'I'm Maya with Brightline'",
			src:  "Dana: Hello, Dana speaking.\nMaya: Hi Dana, I'm Maya with Brightline.",
			want: map[string]string{"Dana": "customer/guess", "Maya": "rep/guess"},
		},
		{
			name:  "guess: a colleague the seller brings is on the seller's side",
			src:   "Maya Chen: Hi Greg, this is Maya with Sentinelgrid. I've also got Arjun Mehta on, our engineer.\nArjun Mehta: Hi Greg.\nGreg: Hi both.",
			want:  map[string]string{"Maya Chen": "rep/guess", "Arjun Mehta": "rep/guess", "Greg": "customer/guess"},
			notes: "seller guessed: Maya Chen & Arjun Mehta",
		},
		{
			name: "guess: 'it's Sam from Acme'",
			src:  "Dana: Dana Whitfield.\nSam: Hey Dana, it's Sam Ortiz from Acme.",
			want: map[string]string{"Dana": "customer/guess", "Sam": "rep/guess"},
		},
		{
			name: "guess: no introduction, the first speaker",
			src:  "Dana: Thanks for joining.\nSam: Happy to, I'm good at this.",
			want: map[string]string{"Dana": "rep/guess", "Sam": "customer/guess"},
		},
		{
			name: "one speaker has no role",
			src:  "Dana: I am talking to myself.",
			want: map[string]string{"Dana": "unknown/none"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Parse("call.txt", []byte(tt.src), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for name, want := range tt.want {
				s := tr.Speaker(name)
				if s == nil {
					t.Fatalf("no speaker %q in %v", name, tr.Speakers)
				}
				if got := s.Role.String() + "/" + s.RoleFrom.String(); got != want {
					t.Errorf("%s: %s, want %s", name, got, want)
				}
			}
			for _, turn := range tr.Turns {
				if turn.Role != tr.Speaker(turn.Speaker).Role {
					t.Errorf("turn at line %d has role %v, speaker has %v", turn.Line, turn.Role, tr.Speaker(turn.Speaker).Role)
				}
			}
			if got := strings.Join(tr.Notes, "; "); !strings.Contains(got, tt.notes) {
				t.Errorf("notes %q, want %q", got, tt.notes)
			}
		})
	}
}
