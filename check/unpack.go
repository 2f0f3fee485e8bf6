package check

import "github.com/pyasync2go/pyasync2go/ast"

// assignTuple binds a target list "a, (b, c), *rest" to a value of type t.
// A display of the same length pairs up item by item; a tuple unpacks by
// its static items; a list, str, bytes or range checks its length at run
// time. A starred target receives a list.
func (c *checker) assignTuple(target ast.Expr, t *Type, value ast.Expr) {
	elts := exprElts(target)
	star := starIndex(elts)
	if vals := exprElts(value); vals != nil && len(vals) == len(elts) && star < 0 && !hasStarred(vals) {
		for i, x := range elts {
			c.assign(x, c.info.TypeOf(vals[i]), vals[i])
		}
		c.info.Types[target] = t
		return
	}
	if t.Kind == Unknown {
		for _, x := range elts {
			if s, ok := x.(*ast.Starred); ok {
				x = s.Value
			}
			c.assign(x, tUnknown, nil)
		}
		return
	}
	var items []*Type // the static items of a tuple
	var elem *Type    // the item type of a sequence
	switch t.Kind {
	case Tuple:
		items = t.Elems
	case List:
		elem = t.Elem
	case Str:
		elem = tStr
	case Bytes:
		elem = tInt
	case Range:
		if _, ok := value.(*ast.Call); !ok {
			c.unsupported(target.Position(), "tuple-unpack")
			return
		}
		elem = tInt
	default:
		c.unsupported(target.Position(), "tuple-unpack")
		return
	}
	if elem != nil {
		c.fnRaises() // ValueError when the length differs
		for _, x := range elts {
			if s, ok := x.(*ast.Starred); ok {
				c.assign(s.Value, listOf(elem), nil)
				continue
			}
			c.assign(x, elem, nil)
		}
		c.info.Types[target] = t
		return
	}
	if star < 0 && len(items) != len(elts) {
		c.errorf(target.Position(), "unsupported: unpacking a tuple of %d items into %d targets", len(items), len(elts))
		return
	}
	if star >= 0 && len(items) < len(elts)-1 {
		c.errorf(target.Position(), "unsupported: unpacking a tuple of %d items into at least %d targets", len(items), len(elts)-1)
		return
	}
	after := len(elts) - 1 - star
	for i, x := range elts {
		switch {
		case star < 0 || i < star:
			c.assign(x, items[i], nil)
		case i == star:
			var et *Type
			for _, it := range items[star : len(items)-after] {
				et = join(et, it)
			}
			c.assign(x.(*ast.Starred).Value, listOf(orUnknown(et)), nil)
		default:
			c.assign(x, items[len(items)-(len(elts)-i)], nil)
		}
	}
	c.info.Types[target] = t
}

// starIndex is the index of the starred target, -1 when there is none.
func starIndex(elts []ast.Expr) int {
	for i, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return i
		}
	}
	return -1
}
