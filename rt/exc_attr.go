package rt

import "strings"

// NoAttribute is the read of the attribute name of v, which v does not
// have: it returns AttributeError, with CPython's message.
func NoAttribute(v any, name string) (any, error) {
	return nil, AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + name + "'")
}

// attrCaret returns the marker line under src for an AttributeError
// raised in the innermost frame: CPython underlines the attribute read
// obj.name named by the message. ok is false for other exceptions.
func attrCaret(src string, e *Exc) (marks string, ok bool) {
	if e.Class.IsSubclass(NameError) && len(e.Args) == 1 {
		return nameCaret(src, e)
	}
	if !e.Class.IsSubclass(AttributeError) || len(e.Args) != 1 {
		return "", false
	}
	msg, _ := e.Args[0].(string)
	i := strings.LastIndex(msg, " has no attribute '")
	if i < 0 || !strings.HasSuffix(msg, "'") {
		return "", false
	}
	name := msg[i+len(" has no attribute '") : len(msg)-1]
	for k := strings.Index(src, "."+name); k > 0; {
		end := k + 1 + len(name)
		if end == len(src) || !isIdent(src[end]) {
			start := primaryStart(src, k+1)
			if start == 0 && end == len(src) {
				return "", true
			}
			return strings.Repeat(" ", start) + strings.Repeat("^", end-start), true
		}
		next := strings.Index(src[k+1:], "."+name)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return "", false
}

// nameCaret returns the marker line under src for a NameError or an
// UnboundLocalError: CPython underlines the read of the name the message
// quotes, its first in the line outside string literals (f-strings
// included).
func nameCaret(src string, e *Exc) (marks string, ok bool) {
	msg, _ := e.Args[0].(string)
	i := strings.IndexByte(msg, '\'')
	if i < 0 {
		return "", false
	}
	j := strings.IndexByte(msg[i+1:], '\'')
	if j <= 0 {
		return "", false
	}
	name := msg[i+1 : i+1+j]
	for k := 0; k < len(src); k++ {
		c := src[k]
		if (c == '\'' || c == '"') && (k == 0 || src[k-1] != 'f' && src[k-1] != 'F') {
			k = skipString(src, k)
			continue
		}
		if !strings.HasPrefix(src[k:], name) || k > 0 && (isIdent(src[k-1]) || src[k-1] == '.') {
			continue
		}
		end := k + len(name)
		if end < len(src) && isIdent(src[end]) {
			continue
		}
		if k == 0 && end == len(src) {
			return "", true
		}
		return strings.Repeat(" ", k) + strings.Repeat("^", len(name)), true
	}
	return "", false
}
