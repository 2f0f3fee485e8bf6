package check

import "github.com/pyasync2go/pyasync2go/ast"

// bytesCall types bytes(), bytes(n) and bytes(ints).
func (c *checker) bytesCall(e *ast.Call, ts []*Type) *Type {
	if !c.wantArgs(e, "bytes", 0, 1) || len(ts) == 0 {
		return tBytes
	}
	switch t := ts[0]; {
	case t.Kind == Int:
		c.markRaises(e) // ValueError "negative count"
	case t.Kind == Bytes, t.Kind == Unknown:
	case t.Kind == Str:
		c.errorf(e.Pos, "string argument without an encoding")
	case (t.Kind == List || t.Kind == TupleOf) && (t.Elem.Kind == Int || t.Elem.Kind == Unknown), t.Kind == Range:
		c.markRaises(e) // ValueError "bytes must be in range(0, 256)"
	default:
		c.errorf(e.Args[0].Position(), "unsupported: bytes() of %s", t)
	}
	return tBytes
}

// bytesMethod types the methods of bytes values.
func (c *checker) bytesMethod(fn *ast.Attribute, e *ast.Call, ts []*Type) (*Type, bool) {
	attr := fn.Attr
	wantBytes := func(i int) {
		if i < len(ts) && ts[i].Kind != Bytes && ts[i].Kind != Unknown {
			c.errorf(e.Args[i].Position(), "a bytes-like object is required, not '%s'", ts[i])
		}
	}
	switch attr {
	case "decode":
		c.noKeywords(e, attr)
		if c.wantArgs(e, attr, 0, 1) && len(e.Args) == 1 {
			k, ok := e.Args[0].(*ast.Constant)
			if !ok || k.Kind != ast.ConstStr || !utf8Name(k.Value.(string)) {
				c.errorf(e.Args[0].Position(), "unsupported: decode() of an encoding other than utf-8")
			}
		}
		c.markRaises(e) // UnicodeDecodeError
		return tStr, true
	case "split":
		c.noKeywords(e, attr)
		if c.wantArgs(e, attr, 0, 1) {
			wantBytes(0)
			if len(e.Args) == 1 {
				c.markRaises(e) // ValueError "empty separator"
			}
		}
		return listOf(tBytes), true
	case "strip", "lstrip", "rstrip", "upper", "lower":
		c.noKeywords(e, attr)
		c.wantArgs(e, attr, 0, 0)
		return tBytes, true
	case "hex":
		c.noKeywords(e, attr)
		c.wantArgs(e, attr, 0, 0)
		return tStr, true
	case "startswith", "endswith", "find", "count":
		c.noKeywords(e, attr)
		if c.wantArgs(e, attr, 1, 1) {
			wantBytes(0)
		}
		if attr == "find" || attr == "count" {
			return tInt, true
		}
		return tBool, true
	case "replace":
		c.noKeywords(e, attr)
		if c.wantArgs(e, attr, 2, 2) {
			wantBytes(0)
			wantBytes(1)
		}
		return tBytes, true
	}
	return nil, false
}

// utf8Name reports whether an encoding name means UTF-8.
func utf8Name(s string) bool {
	switch s {
	case "utf-8", "utf8", "UTF-8", "UTF8", "utf_8":
		return true
	}
	return false
}
