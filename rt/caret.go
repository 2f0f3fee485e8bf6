package rt

import "strings"

// CPython 3.11 underlines, in each traceback line, the part of the line
// that was running: the call into the next frame, or in the innermost
// frame the operation that raised. The runtime knows only line numbers, so
// it finds that part in the source text: the call of the next frame's
// function, or for the innermost frame the subscript, division or call
// that raises the exception's class.

// caretLine returns the marker line printed under src (already stripped
// of indentation), or "" when the whole line ran or nothing was found.
func caretLine(src, callee string, innermost bool, cls *Class) string {
	start, end, ok := -1, -1, false
	if !innermost {
		start, end, ok = findCall(src, callee)
	} else {
		start, end, ok = findRaising(src, cls)
	}
	if !ok {
		return ""
	}
	seg := src[start:end]
	marks := []byte(strings.Repeat("^", len(seg)))
	// A binary operation or a subscript is marked even when it is the
	// whole line: ~ under its operands, ^ under the operator or index.
	anchored := false
	if op, opEnd, ok := topBinOp(seg); ok && cls != nil && !strings.HasSuffix(seg, ")") {
		anchored = true
		for i := range marks {
			if i < op || i >= opEnd {
				marks[i] = '~'
			}
		}
	} else if lb := subscriptStart(seg); lb > 0 {
		anchored = true
		for i := 0; i < lb; i++ {
			marks[i] = '~'
		}
	}
	if start == 0 && end == len(src) && !anchored {
		return ""
	}
	return strings.Repeat(" ", start) + string(marks)
}

// statementExpr returns where the expression of a simple statement starts:
// after "return ", an assignment's "=", or an augmented assignment.
func statementExpr(src string) int {
	if strings.HasPrefix(src, "return ") {
		return len("return ")
	}
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			i = skipString(src, i)
		case '=':
			if depth != 0 {
				continue
			}
			if i+1 < len(src) && src[i+1] == '=' {
				return 0
			}
			if i > 0 && strings.ContainsRune("<>!=", rune(src[i-1])) {
				return 0
			}
			j := i + 1
			for j < len(src) && src[j] == ' ' {
				j++
			}
			return j
		}
	}
	return 0
}

func skipString(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		if s[j] == '\\' {
			j++
			continue
		}
		if s[j] == q {
			return j
		}
	}
	return len(s) - 1
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// awaitCaret underlines the await of the line src, from "await" to the
// end of what it awaits, as CPython marks a frame waiting there for
// another task.
func awaitCaret(src string) (string, bool) {
	k := strings.Index(src, "await ")
	if k < 0 || (k > 0 && isIdent(src[k-1])) {
		return "", false
	}
	j := k + len("await ")
	for j < len(src) && (isIdent(src[j]) || src[j] == '.') {
		j++
	}
	end := j
	if j < len(src) && src[j] == '(' {
		if c := matchClose(src, j); c >= 0 {
			end = c + 1
		}
	}
	if end == k+len("await ") {
		return "", false
	}
	if k == 0 && end == len(src) {
		return "", true // the whole line: CPython marks nothing
	}
	return strings.Repeat(" ", k) + strings.Repeat("^", end-k), true
}

// findCall finds the call of callee: from the start of its primary
// (including "obj." and a preceding "await ") to the closing parenthesis.
func findCall(src, callee string) (int, int, bool) {
	if callee == "" || strings.HasPrefix(callee, "<") {
		return 0, 0, false
	}
	for from := 0; ; {
		i := strings.Index(src[from:], callee)
		if i < 0 {
			return 0, 0, false
		}
		i += from
		from = i + 1
		j := i + len(callee)
		if (i > 0 && isIdent(src[i-1])) || j >= len(src) || src[j] != '(' {
			continue
		}
		end := matchClose(src, j)
		if end < 0 {
			return 0, 0, false
		}
		start := primaryStart(src, i)
		if k := strings.LastIndex(src[:start], "await "); k >= 0 && strings.TrimSpace(src[k+len("await "):start]) == "" {
			start = k
		}
		return start, end + 1, true
	}
}

// primaryStart extends a name at i leftwards over "a.b(c)." chains.
func primaryStart(src string, i int) int {
	for i > 0 && src[i-1] == '.' {
		j := i - 1
		if j > 0 && (src[j-1] == ')' || src[j-1] == ']') {
			j = matchOpen(src, j-1)
			if j < 0 {
				return i
			}
		}
		for j > 0 && isIdent(src[j-1]) {
			j--
		}
		i = j
	}
	return i
}

func matchClose(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return i
			}
		case '\'', '"':
			i = skipString(s, i)
		}
	}
	return -1
}

func matchOpen(s string, close int) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch s[i] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// findRaising finds, in the innermost frame, the operation that raised.
func findRaising(src string, cls *Class) (int, int, bool) {
	if strings.HasPrefix(src, "raise") || strings.HasPrefix(src, "assert ") || cls == nil {
		return 0, 0, false
	}
	start := statementExpr(src)
	expr := strings.TrimSuffix(src[start:], ":")
	switch {
	case cls.IsSubclass(ZeroDivisionError):
		if _, _, ok := topBinOp(expr); ok {
			return start, start + len(expr), true
		}
	case cls.IsSubclass(LookupError):
		if i := strings.LastIndexByte(expr, '['); i > 0 && strings.HasSuffix(expr, "]") {
			return start, start + len(expr), true
		}
	case cls.IsSubclass(TypeError):
		if operatorExpr(expr) {
			return start, start + len(expr), true
		}
	}
	if cls.IsSubclass(TypeError) || cls.IsSubclass(ZeroDivisionError) {
		// An operation printed: print(a + b), print(n, -s).
		if from, to, ok := printedOperator(expr, cls.IsSubclass(TypeError)); ok {
			return start + from, start + to, true
		}
	}
	// A call of a built-in: the first call in the expression.
	for i := 0; i < len(expr); i++ {
		if expr[i] == '(' && i > 0 && isIdent(expr[i-1]) {
			j := i
			for j > 0 && isIdent(expr[j-1]) {
				j--
			}
			if name := expr[j:i]; name == "print" {
				continue
			}
			end := matchClose(expr, i)
			if end < 0 {
				break
			}
			return start + primaryStart(expr, j), start + end + 1, true
		}
	}
	return 0, 0, false
}

// operatorExpr reports whether s is a binary or unary operation or a
// subscript on operands without calls: a TypeError there came from it.
func operatorExpr(s string) bool {
	if s == "" || strings.ContainsRune(s, '(') {
		return false
	}
	if _, _, ok := topBinOp(s); ok {
		return true
	}
	if subscriptStart(s) > 0 {
		return true // n[0] of an int
	}
	return (s[0] == '-' || s[0] == '+' || s[0] == '~') && len(s) > 1
}

// printedOperator finds, in print(args), the first argument that is an
// operation (for a TypeError one on operands without calls, for a
// ZeroDivisionError any binary operation): where it starts and ends.
func printedOperator(expr string, typeErr bool) (int, int, bool) {
	const open = "print("
	if !strings.HasPrefix(expr, open) || matchClose(expr, len(open)-1) != len(expr)-1 {
		return 0, 0, false
	}
	depth := 0
	from := len(open)
	for i := from; i < len(expr); i++ {
		switch c := expr[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			i = skipString(expr, i)
		}
		if depth < 0 || depth == 0 && expr[i] == ',' {
			arg := expr[from:i]
			lead := len(arg) - len(strings.TrimLeft(arg, " "))
			arg = strings.TrimSpace(arg)
			_, _, bin := topBinOp(arg)
			if typeErr && operatorExpr(arg) || !typeErr && bin {
				return from + lead, from + lead + len(arg), true
			}
			from = i + 1
		}
		if depth < 0 {
			break
		}
	}
	return 0, 0, false
}

// topBinOp finds the last binary operator outside brackets.
func topBinOp(s string) (int, int, bool) {
	depth := 0
	op, opEnd := -1, -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			i = skipString(s, i)
		case '+', '-', '*', '/', '%', '@', '&', '|', '^', '<', '>':
			if depth != 0 || i == 0 || s[i-1] != ' ' {
				continue
			}
			j := i + 1
			if j < len(s) && (s[j] == c && (c == '/' || c == '*' || c == '<' || c == '>')) {
				j++
			} else if c == '<' || c == '>' {
				continue // a comparison, not a shift
			}
			if j < len(s) && s[j] == ' ' {
				op, opEnd = i, j
			}
		}
	}
	return op, opEnd, op > 0
}

// subscriptStart returns where the final "[...]" of a subscript starts.
func subscriptStart(seg string) int {
	if !strings.HasSuffix(seg, "]") {
		return -1
	}
	i := matchOpen(seg, len(seg)-1)
	if i <= 0 {
		return -1
	}
	return i
}
