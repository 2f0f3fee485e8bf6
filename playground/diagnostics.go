package playground

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/pyasync2go/pyasync2go/diag"
)

// Diagnostic is a problem in the Python program, at a 1-based line and
// column (bytes, as in diag.Error; 0 when unknown).
type Diagnostic struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Msg    string `json:"msg"`
	Source string `json:"source,omitempty"`
}

// diagLine matches "file.py:LINE:COL: message" and "file.py:LINE: message".
var diagLine = regexp.MustCompile(`^(.*?\.py):(\d+)(?::(\d+))?: (.*)$`)

// diagnostics extracts diagnostics from a translation error: a diag.List
// or *diag.Error, or else each line of the message that reads
// file.py:LINE:COL: message. It returns nil when err holds none.
func diagnostics(err error) []Diagnostic {
	var list diag.List
	if errors.As(err, &list) {
		return fromList(list)
	}
	var one *diag.Error
	if errors.As(err, &one) {
		return fromList(diag.List{one})
	}
	var out []Diagnostic
	for _, line := range strings.Split(err.Error(), "\n") {
		m := diagLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		d := Diagnostic{File: m[1], Msg: m[4]}
		d.Line, _ = strconv.Atoi(m[2])
		d.Col, _ = strconv.Atoi(m[3])
		out = append(out, d)
	}
	return out
}

func fromList(list diag.List) []Diagnostic {
	out := make([]Diagnostic, 0, len(list))
	for _, e := range list {
		out = append(out, Diagnostic{File: e.File, Line: e.Pos.Line, Col: e.Pos.Col, Msg: e.Msg, Source: e.Source})
	}
	return out
}
