package playground

import (
	"strconv"
	"strings"
)

// LineMap is generated Go source with its //line directives removed, and
// for each remaining Go line the Python line it was generated from.
type LineMap struct {
	// Go is the source without directive lines.
	Go string
	// Python[i] is the Python line (1-based) that Go line i+1 belongs to,
	// or 0 when it belongs to none.
	Python []int
}

// MapLines removes the //line directives from goSrc and maps each other
// line to the Python line of the nearest directive above it, as the
// generator emits one directive before the Go of each Python statement.
//
// Two refinements keep declarations that have no Python counterpart
// unmapped: a line at column 0 (a top-level declaration or its closing
// brace) belongs to a directive only when the directive is directly above
// it, and it ends the directive's reach; blank lines belong to nothing.
// Directives are recognized in the forms //line FILE:LINE and
// //line FILE:LINE:COL at the start of a line (after indentation), as the
// Go compiler reads them.
func MapLines(goSrc string) LineMap {
	var out strings.Builder
	var py []int
	cur := 0     // Python line of the directive in force, 0 for none
	direct := -1 // Python line of a directive on the previous line
	src := strings.TrimSuffix(goSrc, "\n")
	if src == "" {
		return LineMap{Go: goSrc}
	}
	for _, line := range strings.Split(src, "\n") {
		if n, ok := lineDirective(line); ok {
			cur, direct = n, n
			continue
		}
		n := cur
		switch {
		case strings.TrimSpace(line) == "":
			n = 0
		case line[0] != ' ' && line[0] != '\t':
			if direct < 0 {
				n, cur = 0, 0
			}
		}
		direct = -1
		py = append(py, n)
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return LineMap{Go: out.String(), Python: py}
}

// lineDirective reports the line number of a //line directive.
func lineDirective(line string) (int, bool) {
	s := strings.TrimLeft(line, " \t")
	rest, ok := strings.CutPrefix(s, "//line ")
	if !ok {
		return 0, false
	}
	rest = strings.TrimRight(rest, " \t\r")
	// FILE:LINE or FILE:LINE:COL; FILE may itself contain colons.
	i := strings.LastIndexByte(rest, ':')
	if i < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(rest[i+1:])
	if err != nil || n <= 0 {
		return 0, false
	}
	if j := strings.LastIndexByte(rest[:i], ':'); j >= 0 {
		if m, err := strconv.Atoi(rest[j+1 : i]); err == nil && m > 0 {
			// FILE:LINE:COL
			return m, true
		}
	}
	return n, true
}
