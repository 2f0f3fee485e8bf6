// Package diag holds translate-time diagnostics: a position in a Python
// file and a message, printed as "file.py:LINE:COL: message".
package diag

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

// Error is one diagnostic. Pos.Col is 1-based in bytes (see ast.Pos).
type Error struct {
	File string
	Pos  ast.Pos
	Msg  string
	// Source is the text of the offending line, without its newline, when known.
	Source string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Long renders the diagnostic with its source line and a caret under the column.
func (e *Error) Long() string {
	s := e.Error()
	if e.Source == "" {
		return s
	}
	col := e.Pos.Col - 1
	if col < 0 {
		col = 0
	}
	if col > len(e.Source) {
		col = len(e.Source)
	}
	pad := make([]byte, col)
	for i := range pad {
		pad[i] = ' '
		if e.Source[i] == '\t' {
			pad[i] = '\t'
		}
	}
	return s + "\n    " + e.Source + "\n    " + string(pad) + "^"
}

// MaxErrors is how many errors a List reports before it stops.
const MaxErrors = 10

// List is a list of diagnostics; as an error it prints them one per line.
type List []*Error

// Add appends a diagnostic.
func (l *List) Add(file string, pos ast.Pos, format string, args ...any) {
	*l = append(*l, &Error{File: file, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file and position and drops exact repeats.
func (l *List) Sort() {
	s := *l
	sort.SliceStable(s, func(i, j int) bool {
		a, b := s[i], s[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		return a.Pos.Col < b.Pos.Col
	})
	out := s[:0]
	for i, e := range s {
		if i > 0 && *e == *s[i-1] {
			continue
		}
		out = append(out, e)
	}
	*l = out
}

// Err returns the list as an error, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func (l List) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == MaxErrors {
			fmt.Fprintf(&b, "too many errors\n")
			break
		}
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
