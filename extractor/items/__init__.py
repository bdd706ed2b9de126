"""Items: the 8-K item catalogue (1.01 ... 9.01 and the pre-2004 numbers) and the splitter."""
