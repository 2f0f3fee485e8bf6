package check

import "github.com/pyasync2go/pyasync2go/ast"

// dynDictMethod types the dict methods get, items, keys and values
// called on a dynamic value: the value must be a dict at run time
// (AttributeError otherwise), and what they give is dynamic.
func (c *checker) dynDictMethod(attr string, e *ast.Call) (*Type, bool) {
	var t *Type
	switch attr {
	case "get":
		if !c.wantArgs(e, attr, 1, 2) {
			c.args(e)
			return tUnknown, true
		}
		t = tDynamic
	case "items":
		t = listOf(&Type{Kind: Tuple, Elems: []*Type{tDynamic, tDynamic}})
	case "keys", "values":
		t = listOf(tDynamic)
	default:
		return nil, false
	}
	c.args(e)
	if attr != "get" {
		c.wantArgs(e, attr, 0, 0)
	}
	c.noKeywords(e, attr)
	c.markRaises(e)
	return t, true
}
