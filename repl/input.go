package repl

import (
	"bufio"
	"io"
	"strings"
)

// Inputs are read as CPython's interactive console reads them: a line,
// and more lines while a bracket or a string is open or a line ends with
// a backslash; a compound statement (if, for, def, class, a decorator...)
// goes on until an empty line.

// compoundKeywords start a compound statement.
var compoundKeywords = map[string]bool{
	"if": true, "for": true, "while": true, "def": true, "class": true, "with": true,
	"try": true, "async": true, "match": true,
}

// inputReader reads inputs from a session's standard input.
type inputReader struct {
	r      *bufio.Reader
	prompt func(ps string) // writes ">>> " or "... "
}

// next returns the next input; ok is false at the end of the input. An
// input of nothing but blank lines and comments is returned as it is.
func (ir *inputReader) next() (src string, ok bool) {
	var b strings.Builder
	var sc lineScanner
	compound := false
	first := true
	for {
		if first {
			ir.prompt(">>> ")
		} else {
			ir.prompt("... ")
		}
		line, err := ir.r.ReadString('\n')
		if err != nil && line == "" {
			if first {
				return "", false
			}
			return b.String(), true // an unfinished input ends with the input
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		blank := strings.TrimSpace(line) == ""
		if first && blank {
			return "", true
		}
		if !first && compound && blank && sc.balanced() {
			return b.String(), true
		}
		if first {
			compound = startsCompound(line)
		}
		b.WriteString(line)
		b.WriteByte('\n')
		sc.scan(line)
		first = false
		if sc.balanced() && !compound {
			if sc.endsWithColon {
				compound = true // "x = (\n1): ..." cannot happen, but a ":" ends a header
				continue
			}
			return b.String(), true
		}
		if err == io.EOF {
			return b.String(), true
		}
	}
}

// startsCompound reports whether line begins a compound statement.
func startsCompound(line string) bool {
	s := strings.TrimSpace(line)
	if strings.HasPrefix(s, "@") {
		return true
	}
	word := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z') }); i >= 0 {
		word = s[:i]
	}
	return compoundKeywords[word]
}

// lineScanner follows the brackets and strings open at the end of the
// lines scanned so far.
type lineScanner struct {
	depth         int    // open brackets
	quote         string // the quote of an open string: ', ", ''' or """
	backslash     bool   // the last line ended with a backslash
	endsWithColon bool   // the last line's code ends with ':'
}

func (sc *lineScanner) balanced() bool {
	return sc.depth <= 0 && sc.quote == "" && !sc.backslash
}

func (sc *lineScanner) scan(line string) {
	sc.backslash = false
	last := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		if sc.quote != "" {
			switch {
			case c == '\\':
				i++
			case strings.HasPrefix(line[i:], sc.quote):
				i += len(sc.quote) - 1
				sc.quote = ""
				last = c
			}
			continue
		}
		switch c {
		case '#':
			i = len(line)
			continue
		case '\'', '"':
			q := string(c)
			if strings.HasPrefix(line[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			sc.quote = q
			i += len(q) - 1
		case '(', '[', '{':
			sc.depth++
		case ')', ']', '}':
			sc.depth--
		case '\\':
			if i == len(line)-1 {
				sc.backslash = true
			}
		}
		if c != ' ' && c != '\t' {
			last = c
		}
	}
	if len(sc.quote) == 1 {
		sc.quote = "" // a one-quote string cannot span lines: a syntax error the parser reports
	}
	sc.endsWithColon = last == ':' && sc.depth <= 0
}
