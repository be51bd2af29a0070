package analyze

import "errors"

// Temporary: the subtitle and JSON readers land in their own files.
func readJSON(text string, want Format) ([]segment, Format, error) {
	return nil, want, errors.New("json: not yet")
}
