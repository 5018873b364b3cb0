'\ud800'
'\udfff and text'
